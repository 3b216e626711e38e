package se.connectbot.core.command;

import java.util.function.IntFunction;
import org.jspecify.annotations.Nullable;
import se.connectbot.core.i18n.Messages;
import se.connectbot.core.reply.Block;
import se.connectbot.portal.api.Page;

/**
 * Buttons that run a command: the action id {@value #ACTION_ID} with the command's text as
 * value (canonical English keywords, which parse in any reply language), so every button is
 * also something a user could type.
 */
public final class CommandButtons {

    public static final String ACTION_ID = "cmd";

    private CommandButtons() {
    }

    public static Block.Choice run(String label, String commandText) {
        return Block.Choice.of(label, ACTION_ID, commandText);
    }

    /**
     * The paging of a portal page shown 1-based to people; {@code commandForPage} gives the
     * command text for a 0-based page number. Null when everything fits on one page.
     */
    public static Block.@Nullable Paging paging(Messages messages, Page<?> page, IntFunction<String> commandForPage) {
        if (page.totalPages() <= 1) {
            return null;
        }
        Block.Choice previous = page.page() > 0
                ? run(messages.get("paging.previous"), commandForPage.apply(page.page() - 1)) : null;
        Block.Choice next = page.hasNext()
                ? run(messages.get("paging.next"), commandForPage.apply(page.page() + 1)) : null;
        return new Block.Paging(page.page() + 1, page.totalPages(), page.totalItems(), previous, next);
    }
}
