package se.connectbot.core.engine;

import java.util.ArrayList;
import java.util.List;
import se.connectbot.core.command.CommandButtons;
import se.connectbot.core.command.CommandRequest;
import se.connectbot.core.command.ParseResult;
import se.connectbot.core.reply.Block;
import se.connectbot.core.reply.Reply;

/** The answer to a text that is no command: "did you mean" with buttons, and the help hint. */
final class Unknowns {

    private Unknowns() {
    }

    static Reply reply(CommandRequest request, String text, ParseResult.Unknown unknown) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(Block.text(request.text("unknown.command", clip(unknown.word()))));
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

    private static String rest(String text, String word) {
        int at = text.indexOf(word);
        return at < 0 ? "" : text.substring(at + word.length()).strip();
    }

    private static String clip(String word) {
        return word.length() <= 40 ? word : word.substring(0, 40) + "…";
    }
}
