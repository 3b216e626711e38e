package se.connectbot.teams.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import se.connectbot.core.chat.Inbound;
import se.connectbot.core.i18n.Language;
import se.connectbot.core.reply.Block;
import se.connectbot.core.reply.FileRef;
import se.connectbot.core.reply.Reply;

class CardRendererTest {

    private final CardRenderer renderer = new CardRenderer();

    @Test
    void rendersEveryBlockAsAnAdaptiveCardOneFive() {
        Reply reply = Reply.of(
                Block.heading("Översikt"),
                new Block.Text("Allt fungerar", Block.Tone.SUCCESS),
                new Block.Fields(List.of(new Block.Field("Nummer", "070-123 45 67"))),
                new Block.Table(List.of("Tjänst", "Status"), List.of(List.of("Mobil", "Aktiv")),
                        List.of(Block.Choice.of("Visa", "status.show", "svc-1")), null),
                new Block.Choices("Vad vill du göra?", List.of(Block.Choice.of("Fakturor", "cmd", "fakturor")
                        .withEmphasis(Block.Emphasis.PRIMARY)), Block.ChoiceStyle.BUTTONS),
                new Block.Link("Logga in", "https://portal.example.se/login"),
                new Block.Attachment("faktura.pdf", "application/pdf", 10, FileRef.random(), "Faktura"));

        CardRenderer.Rendered rendered = renderer.render(reply, Language.SV);

        assertThat(rendered.cards()).hasSize(1);
        ObjectNode card = rendered.cards().get(0);
        assertThat(card.path("type").asText()).isEqualTo("AdaptiveCard");
        assertThat(card.path("version").asText()).isEqualTo("1.5");
        assertThat(types(card)).containsExactly("RichTextBlock", "RichTextBlock", "Table", "Table", "RichTextBlock", "ActionSet", "ActionSet");
        assertThat(card.at("/body/2/rows/0/cells/0/items/0/inlines/0/weight").asText()).as("a field's label").isEqualTo("Bolder");
        assertThat(card.toString()).contains("\"Action.OpenUrl\"", "\"positive\"", "\"firstRowAsHeader\":true");
        assertThat(rendered.files()).singleElement().satisfies(f -> assertThat(f.fileName()).isEqualTo("faktura.pdf"));
    }

    @Test
    void aButtonsDataReadsBackAsTheCoresAction() {
        ObjectNode card = renderer.render(Reply.of(new Block.Choices(null, List.of(Block.Choice.of("Ja", "topup.confirm", "yes")),
                Block.ChoiceStyle.BUTTONS)), Language.SV).cards().get(0);

        JsonNode data = card.at("/body/0/actions/0/data");
        assertThat(ActionData.read(data)).contains(new Inbound.Action("topup.confirm", "yes"));
    }

    @Test
    void aSelectIsAChoiceSetWhoseSubmitNamesIt() {
        ObjectNode card = renderer.render(Reply.of(new Block.Choices("Välj tjänst", List.of(Block.Choice.of("Mobil", "status.pick", "svc-1"),
                Block.Choice.of("Bredband", "status.pick", "svc-2")), Block.ChoiceStyle.SELECT)), Language.EN).cards().get(0);

        JsonNode choiceSet = card.at("/body/1");
        assertThat(choiceSet.path("type").asText()).isEqualTo("Input.ChoiceSet");
        ObjectNode submitted = card.at("/body/2/actions/0/data").deepCopy();
        assertThat(card.at("/body/2/actions/0/title").asText()).isEqualTo("Choose");
        submitted.put(choiceSet.path("id").asText(), "svc-2"); // what Teams adds: the inputs' values
        assertThat(ActionData.read(submitted)).contains(new Inbound.Action("status.pick", "svc-2"));
    }

    @Test
    void aFormIsCardInputsInACardOfItsOwn() {
        Block.Form form = new Block.Form("ticket.form", "Nytt ärende", List.of(
                new Block.Input("subject", "Rubrik", Block.InputKind.TEXT, true, 80, null, List.of()),
                new Block.Input("description", "Beskrivning", Block.InputKind.MULTILINE, false, 2000, "utkast", List.of()),
                new Block.Input("type", "Typ", Block.InputKind.SELECT, true, 0, null, List.of(new Block.Option("Fel", "fault")))),
                "Skicka");

        List<ObjectNode> cards = renderer.render(Reply.of(Block.text("Fyll i"), form, Block.text("Efter")), Language.SV).cards();

        assertThat(cards).hasSize(3);
        ObjectNode card = cards.get(1);
        assertThat(card.at("/body/1/type").asText()).isEqualTo("Input.Text");
        assertThat(card.at("/body/1/maxLength").asInt()).isEqualTo(80);
        assertThat(card.at("/body/2/isMultiline").asBoolean()).isTrue();
        assertThat(card.at("/body/2/value").asText()).isEqualTo("utkast");
        assertThat(card.at("/body/3/type").asText()).isEqualTo("Input.ChoiceSet");
        ObjectNode submitted = card.at("/body/4/actions/0/data").deepCopy();
        submitted.put("in_subject", "Router").put("in_type", "fault");
        assertThat(ActionData.read(submitted)).contains(new Inbound.FormSubmission("ticket.form", Map.of("subject", "Router", "type", "fault")));
    }

    @Test
    void aLongTableGoesOnOverSeveralCardsEachUnderTheLimitWithNoRowLost() {
        List<List<String>> rows = IntStream.range(0, 1500).mapToObj(i -> List.of("070-" + i, "Mobil " + i, "Aktiv")).toList();
        Reply reply = Reply.of(new Block.Table(List.of("Nummer", "Tjänst", "Status"), rows, List.of(), null));

        List<ObjectNode> cards = renderer.render(reply, Language.SV).cards();

        assertThat(cards.size()).isGreaterThan(1);
        cards.forEach(c -> assertThat(c.toString().getBytes(StandardCharsets.UTF_8).length).isLessThan(CardRenderer.LIMIT));
        String all = String.join("", cards.stream().map(JsonNode::toString).toList());
        IntStream.range(0, 1500).forEach(i -> assertThat(all).contains("\"070-" + i + "\""));
    }

    @Test
    void aLongTextIsSplitNotCut() {
        String text = "ord ".repeat(20_000);

        List<ObjectNode> cards = renderer.render(Reply.text(text), Language.SV).cards();

        cards.forEach(c -> assertThat(c.toString().getBytes(StandardCharsets.UTF_8).length).isLessThan(CardRenderer.LIMIT));
        long words = cards.stream().flatMap(c -> runs(c).stream()).mapToLong(t -> t.split(" ").length).sum();
        assertThat(words).isEqualTo(20_000);
    }

    @Test
    void aLongTextWithoutSpacesIsNeverCutInsideAnEmoji() {
        // the hard cut falls between the two halves of the emoji's surrogate pair unless it moves back
        String text = "x".repeat(CardRenderer.TEXT_CHUNK - 1) + "\uD83D\uDE00" + "y".repeat(100);

        List<String> runs = renderer.render(Reply.text(text), Language.SV).cards().stream().flatMap(c -> runs(c).stream()).toList();

        assertThat(String.join("", runs)).isEqualTo(text);
        runs.forEach(run -> assertThat(Character.isHighSurrogate(run.charAt(run.length() - 1))).as("a run ends in half an emoji").isFalse());
    }

    @Test
    void aPagedTablesPlaceIsSaidInTheCoresWordsInTheUsersLanguage() {
        Block.Table table = new Block.Table(List.of("Tjänst"), List.of(List.of("070-1")), List.of(),
                new Block.Paging(1, 150, 1_500, null, Block.Choice.of("Next", "services.page", "2")));

        String sv = renderer.render(Reply.of(table), Language.SV).cards().getFirst().toString();
        String en = renderer.render(Reply.of(table), Language.EN).cards().getFirst().toString();

        assertThat(sv).contains("\"Sida 1 av 150 (1 500 st)\"");
        assertThat(en).contains("\"Page 1 of 150 (1,500 items)\"");
    }

    @Test
    void textCannotInjectMentionsMarkupOrLinks() {
        String evil = "<at>Alla</at> **fet** [klicka](https://evil.example) <script>alert(1)</script> &lt;at&gt;";
        Reply reply = Reply.of(Block.text(evil), new Block.Fields(List.of(new Block.Field("[namn](https://evil.example)", evil))),
                new Block.Link("lura", "javascript:alert(1)"));

        ObjectNode card = renderer.render(reply, Language.SV).cards().get(0);

        // paragraphs are TextRuns: Teams shows them verbatim, never as markdown, and the card holds no mention entity
        assertThat(card.at("/body/0/inlines/0/type").asText()).isEqualTo("TextRun");
        assertThat(card.at("/body/0/inlines/0/text").asText()).isEqualTo(evil);
        assertThat(card.has("msteams") && card.path("msteams").has("entities")).isFalse();
        // fields too are TextRuns (not a FactSet, which would read markdown): the text stays as the user wrote it
        assertThat(card.at("/body/1/rows/0/cells/1/items/0/inlines/0/text").asText()).isEqualTo(evil);
        assertThat(card.findValues("type").stream().map(JsonNode::asText)).doesNotContain("TextBlock", "FactSet");
        // a link that is no web link is shown as its label, not offered to open
        assertThat(card.toString()).doesNotContain("javascript:");
    }

    private static List<String> types(ObjectNode card) {
        return StreamSupport.stream(card.path("body").spliterator(), false).map(n -> n.path("type").asText()).toList();
    }

    private static List<String> runs(ObjectNode card) {
        List<String> texts = new ArrayList<>();
        card.path("body").forEach(b -> b.path("inlines").forEach(i -> texts.add(i.path("text").asText())));
        return texts;
    }
}
