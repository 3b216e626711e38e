package se.connectbot.core.dialog;

import java.util.UUID;
import se.connectbot.core.command.CommandRequest;

/**
 * One step's view of the event it answers: the request (who, language, portal) and the
 * dialog's id, which is the Idempotency-Key of the dialog's write to the portal.
 */
public record Turn(CommandRequest request, UUID dialogId) {

    public String text(String key, Object... values) {
        return request.text(key, values);
    }

    /** The key to send with the dialog's one write; the same on every retry. */
    public String idempotencyKey() {
        return dialogId.toString();
    }
}
