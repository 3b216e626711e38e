package se.connectbot.core.reply;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What the bot answers, in platform-neutral terms: an ordered list of blocks and where it may
 * be seen. Every adapter renders every block; all text in blocks is plain text, which the
 * adapter escapes its platform's way, so neither a user's nor the portal's text can ever ping a
 * channel or inject markup.
 *
 * @param visibility {@link Visibility#PRIVATE} when only the asking user may see it (personal
 *                   data asked for in a shared channel)
 */
public record Reply(List<Block> blocks, Visibility visibility) {

    public Reply {
        blocks = List.copyOf(blocks);
        Objects.requireNonNull(visibility, "visibility");
    }

    public static Reply of(Block... blocks) {
        return new Reply(List.of(blocks), Visibility.CONVERSATION);
    }

    public static Reply text(String text) {
        return of(Block.text(text));
    }

    public Reply privately() {
        return new Reply(blocks, Visibility.PRIVATE);
    }

    public Reply with(Block block) {
        List<Block> more = new ArrayList<>(blocks);
        more.add(block);
        return new Reply(more, visibility);
    }

    public enum Visibility {
        /** Everyone in the conversation sees it. */
        CONVERSATION,
        /** Only the asking user sees it (ephemeral; a direct message where a platform has none). */
        PRIVATE
    }
}
