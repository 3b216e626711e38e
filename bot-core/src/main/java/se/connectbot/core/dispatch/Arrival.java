package se.connectbot.core.dispatch;

import java.util.Objects;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import se.connectbot.core.chat.ChatUser;
import se.connectbot.core.chat.Inbound;

/**
 * What an adapter captured before acknowledging: enough to claim the delivery, and how to build
 * the {@link Inbound} afterwards on the core's workers (where the adapter may ask its platform
 * what the payload did not say: the user's locale and name, who reads the conversation).
 *
 * @param deliveryId the platform's id of this delivery, stable across its retries; claimed in the
 *                   core's delivery log for {@code connectbot.delivery.keep}, so a retry runs nothing
 * @param click      what was clicked, for a click: claimed for {@code connectbot.delivery.click-window},
 *                   so a double click runs once; given back when the answer is a failure
 * @param inbound    builds the inbound; called at most once, after the claims are won
 */
public record Arrival(String deliveryId, ChatUser user, @Nullable Click click, Supplier<Inbound> inbound) {

    public Arrival {
        requireText(deliveryId, "deliveryId");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(inbound, "inbound");
    }

    /** A click on {@code actionId} with {@code value} in the message (or form) {@code messageId}. */
    public record Click(String messageId, String actionId, String value) {
        public Click {
            Objects.requireNonNull(messageId, "messageId");
            requireText(actionId, "actionId");
            Objects.requireNonNull(value, "value");
        }

        /** What was clicked where, for the delivery log's click window (which adds who clicked). */
        String key() {
            return messageId + ":" + actionId + ":" + value;
        }
    }

    private static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank but was '" + value + "'");
        }
    }

    @Override
    public String toString() {
        return "Arrival[" + deliveryId + ", " + user + "]";
    }
}
