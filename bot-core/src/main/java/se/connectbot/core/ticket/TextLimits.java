package se.connectbot.core.ticket;

import java.util.Optional;
import se.connectbot.core.i18n.Messages;

/** The lengths the bot accepts for a ticket's title, message and reply. */
final class TextLimits {

    static final int TITLE_MIN = 3;
    static final int TITLE_MAX = 120;
    /** One character ("x", "?") is a slip of the keyboard, not a message support can act on; "ok" or "ja" answers a question. */
    static final int MESSAGE_MIN = 2;
    static final int MESSAGE_MAX = 3000;

    private TextLimits() {
    }

    /** Why a title is refused, if it is. */
    static Optional<String> title(String title, Messages messages) {
        int length = title.strip().length();
        return length < TITLE_MIN || length > TITLE_MAX
                ? Optional.of(messages.get("ticket.title.length", TITLE_MIN, TITLE_MAX, length)) : Optional.empty();
    }

    /** Why a message is refused, if it is. */
    static Optional<String> message(String message, Messages messages) {
        int length = message.strip().length();
        if (length > 0 && length < MESSAGE_MIN) {
            return Optional.of(messages.get("ticket.message.short", length));
        }
        return length == 0 || length > MESSAGE_MAX
                ? Optional.of(messages.get("ticket.message.length", MESSAGE_MAX, length)) : Optional.empty();
    }
}
