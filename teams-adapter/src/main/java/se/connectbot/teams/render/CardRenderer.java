package se.connectbot.teams.render;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import se.connectbot.core.i18n.Language;
import se.connectbot.core.i18n.Messages;
import se.connectbot.core.reply.Block;
import se.connectbot.core.reply.Reply;
import se.connectbot.core.reply.TextPieces;

/**
 * Renders a {@link Reply} as Adaptive Cards (schema 1.5), every block (an exhaustive switch over
 * the sealed set), each card under {@link #LIMIT} bytes of JSON: Teams refuses a message over
 * about 28 KB, so a longer reply becomes several cards (a long table goes on over several, its
 * header repeated; a long text is split at line or word ends), never cut. A form gets a card of
 * its own, so that its submit sends only its inputs. Files are not rendered; they come back for
 * the delivery to send the Teams way. Stateless and thread-safe.
 */
public final class CardRenderer {

    /** Bytes of card JSON, well under Teams' message limit of about 28 KB (the activity around it counts too). */
    public static final int LIMIT = 24_000;
    static final int BUTTONS_PER_ROW = 5;
    static final int TEXT_CHUNK = 6_000;

    /** The cards, in order, and the files the reply carries. */
    public record Rendered(List<ObjectNode> cards, List<Block.Attachment> files) {
        public Rendered {
            cards = List.copyOf(cards);
            files = List.copyOf(files);
        }
    }

    /** A run of card elements that stays together in one card; {@code alone} when no other piece may share its card. */
    private record Piece(List<ObjectNode> elements, boolean alone) {
        int size() {
            return elements.stream().mapToInt(CardRenderer::bytes).sum();
        }
    }

    public Rendered render(Reply reply, Language language) {
        Messages messages = Messages.of(language);
        List<Piece> pieces = new ArrayList<>();
        List<Block.Attachment> files = new ArrayList<>();
        int index = 0;
        for (Block block : reply.blocks()) {
            index++;
            switch (block) {
                case Block.Text text -> text(text, pieces);
                case Block.Fields fields -> fields(fields, messages, pieces);
                case Block.Table table -> TableRenderer.render(table, LIMIT / 2, PieceSink.of(pieces), false, messages);
                case Block.Choices choices -> choices(choices, index, messages, pieces);
                case Block.Link link -> link(link, pieces);
                case Block.Form form -> pieces.add(new Piece(FormRenderer.render(form), true));
                case Block.Attachment attachment -> files.add(attachment);
            }
        }
        List<ObjectNode> cards = pack(pieces);
        cards.forEach(CardRenderer::markRendering);
        return new Rendered(cards, files);
    }

    /** A text's paragraphs, split where a single element would not fit. */
    private static void text(Block.Text text, List<Piece> pieces) {
        String color = switch (text.tone()) {
            case SUCCESS -> "Good";
            case WARNING -> "Warning";
            case ERROR -> "Attention";
            case NORMAL, HEADING -> "Default";
        };
        boolean heading = text.tone() == Block.Tone.HEADING;
        for (String chunk : TextPieces.split(text.text(), TEXT_CHUNK, TextPieces.Guard.NONE)) {
            pieces.add(new Piece(List.of(Cards.text(chunk, heading, color, heading ? "Large" : "Default")), false));
        }
    }

    /** Labelled values as a two-column table of plain text runs (a FactSet would read its text as markdown). */
    private static void fields(Block.Fields fields, Messages messages, List<Piece> pieces) {
        List<List<String>> rows = fields.fields().stream().map(f -> List.of(f.label(), f.value())).toList();
        TableRenderer.render(new Block.Table(List.of(), rows, List.of(), null), LIMIT / 2, PieceSink.of(pieces), true, messages);
    }

    private static void choices(Block.Choices choices, int index, Messages messages, List<Piece> pieces) {
        List<ObjectNode> elements = new ArrayList<>();
        if (choices.prompt() != null && !choices.prompt().isBlank()) {
            elements.add(Cards.text(choices.prompt(), false, "Default", "Default"));
        }
        if (choices.style() == Block.ChoiceStyle.SELECT && !choices.choices().isEmpty()) {
            elements.addAll(select(choices, index, messages));
        } else {
            elements.addAll(buttons(choices.choices()));
        }
        pieces.add(new Piece(elements, false));
    }

    /** Buttons, a few to a row (Teams shows at most six actions in a set). */
    static List<ObjectNode> buttons(List<Block.Choice> choices) {
        List<ObjectNode> sets = new ArrayList<>();
        ArrayNode actions = Cards.JSON.arrayNode();
        for (Block.Choice choice : choices) {
            actions.add(button(choice));
            if (actions.size() == BUTTONS_PER_ROW) {
                sets.add(Cards.actionSet(actions));
                actions = Cards.JSON.arrayNode();
            }
        }
        if (!actions.isEmpty()) {
            sets.add(Cards.actionSet(actions));
        }
        return sets;
    }

    static ObjectNode button(Block.Choice choice) {
        String style = switch (choice.emphasis()) {
            case PRIMARY -> "positive";
            case DANGER -> "destructive";
            case DEFAULT -> "default";
        };
        return Cards.submit(choice.label(), ActionData.button(choice.actionId(), choice.value()), style);
    }

    private static List<ObjectNode> select(Block.Choices choices, int index, Messages messages) {
        String input = ActionData.CHOICE_INPUT + "_" + index;
        ObjectNode set = Cards.JSON.objectNode();
        set.put("type", "Input.ChoiceSet");
        set.put("id", input);
        set.put("style", "compact");
        set.put("isRequired", true);
        ArrayNode options = set.putArray("choices");
        for (Block.Choice choice : choices.choices()) {
            options.addObject().put("title", choice.label()).put("value", choice.value());
        }
        // one action id for the whole select, as the core gives it (every choice names the same)
        String actionId = choices.choices().get(0).actionId();
        ArrayNode actions = Cards.JSON.arrayNode();
        actions.add(Cards.submit(messages.get("teams.select.submit"), ActionData.select(actionId, input), "positive"));
        return List.of(set, Cards.actionSet(actions));
    }

    private static void link(Block.Link link, List<Piece> pieces) {
        if (!TeamsText.isWebLink(link.url())) {
            pieces.add(new Piece(List.of(Cards.text(link.label(), false, "Default", "Default")), false));
            return;
        }
        ArrayNode actions = Cards.JSON.arrayNode();
        actions.add(Cards.openUrl(link.label(), link.url()));
        pieces.add(new Piece(List.of(Cards.actionSet(actions)), false));
    }

    /**
     * Gives each submit of the card this rendering's id ({@link ActionData#RENDERING}): a card
     * updated in place keeps its message id, so a click on its new buttons must still count as a
     * new click, while two clicks on the same rendering stay one double click.
     */
    private static void markRendering(ObjectNode card) {
        String rendering = java.util.UUID.randomUUID().toString().substring(0, 13);
        card.findParents("connectKind").forEach(data -> ((ObjectNode) data).put(ActionData.RENDERING, rendering));
    }

    /** Pieces into cards, in order, each card under the limit; a piece marked alone gets its own. */
    private static List<ObjectNode> pack(List<Piece> pieces) {
        List<ObjectNode> cards = new ArrayList<>();
        ArrayNode body = Cards.JSON.arrayNode();
        int size = 0;
        for (Piece piece : pieces) {
            int pieceSize = piece.size();
            if (!body.isEmpty() && (piece.alone() || size + pieceSize > LIMIT - 600)) {
                cards.add(Cards.card(body));
                body = Cards.JSON.arrayNode();
                size = 0;
            }
            piece.elements().forEach(body::add);
            size += pieceSize;
            if (piece.alone()) {
                cards.add(Cards.card(body));
                body = Cards.JSON.arrayNode();
                size = 0;
            }
        }
        if (!body.isEmpty()) {
            cards.add(Cards.card(body));
        }
        return cards;
    }

    /** Pieces a part renderer adds. */
    @FunctionalInterface
    interface PieceSink {
        void add(List<ObjectNode> elements);

        static PieceSink of(List<Piece> pieces) {
            return elements -> pieces.add(new Piece(elements, false));
        }
    }

    static int bytes(ObjectNode node) {
        return node.toString().getBytes(StandardCharsets.UTF_8).length;
    }
}
