package se.connectbot.core.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import se.connectbot.core.command.CommandButtons;
import se.connectbot.core.command.CommandRequest;
import se.connectbot.core.command.ParseResult;
import se.connectbot.core.reply.Block;
import se.connectbot.core.reply.Reply;

/**
 * The answer to a text that is no command: the sentence quoted whole, "did you mean" with
 * buttons, and the help hint; and to a sentence with two or three likely meanings, a choice.
 */
final class Unknowns {

    private static final int MAX_QUOTED = 120;
    private static final Pattern FIRST = Pattern.compile("(?i)\\s*(/?connect\\s+|/)?");

    private Unknowns() {
    }

    static Reply reply(CommandRequest request, String text, ParseResult.Unknown unknown) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(Block.text(request.text("unknown.command", clip(text.strip()))));
        if (!unknown.suggestions().isEmpty()) {
            String rest = rest(text, unknown.word());
            List<Block.Choice> choices = unknown.suggestions().stream()
                    .map(s -> CommandButtons.run(s, (s + " " + rest).strip()))
                    .toList();
            blocks.add(new Block.Choices(request.text("unknown.did.you.mean", String.join(", ", unknown.suggestions())),
                    choices, Block.ChoiceStyle.BUTTONS));
        }
        blocks.add(Block.text(request.text("unknown.help.hint")));
        return new Reply(blocks, Reply.Visibility.CONVERSATION);
    }

    /** Each meaning as a button that runs it, labelled with what it does. */
    static Reply choice(CommandRequest request, ParseResult.Ambiguous ambiguous) {
        List<Block.Choice> choices = ambiguous.meanings().stream()
                .map(m -> CommandButtons.run(request.text("meaning." + m.spec().name()), m.commandText()))
                .toList();
        return Reply.of(new Block.Choices(request.text("meaning.which"), choices, Block.ChoiceStyle.BUTTONS));
    }

    /** What followed the unknown word, when it was the first (a typo'd command keeps its arguments). */
    private static String rest(String text, String word) {
        int at = text.indexOf(word);
        boolean first = at >= 0 && FIRST.matcher(text.substring(0, at)).matches();
        return first ? text.substring(at + word.length()).strip() : "";
    }

    private static String clip(String sentence) {
        return sentence.length() <= MAX_QUOTED ? sentence : sentence.substring(0, MAX_QUOTED) + "…";
    }
}
