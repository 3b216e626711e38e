package se.connectbot.core.chat;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Something a chat user did, in platform-neutral terms: who, where, in which language, and what
 * — a text (slash command or plain message), a click on an action, or a submitted form.
 *
 * @param deliveryId the platform's id of this delivery, used to recognise a retried delivery or a
 *                   double click so that it is handled once; unique per platform and workspace
 * @param locale     the platform's locale of the user, if it says; the user's own choice of
 *                   language overrides it
 * @param names      what the platform calls the user and the workspace, as far as it said
 */
public record Inbound(
        String deliveryId,
        ChatUser user,
        ConversationRef conversation,
        @Nullable Locale locale,
        Payload payload,
        DisplayNames names) {

    /** An inbound whose platform told no names. */
    public Inbound(String deliveryId, ChatUser user, ConversationRef conversation, @Nullable Locale locale, Payload payload) {
        this(deliveryId, user, conversation, locale, payload, DisplayNames.unknown());
    }

    public Inbound {
        ChatUser.requireText(deliveryId, "deliveryId");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(conversation, "conversation");
        Objects.requireNonNull(payload, "payload");
        Objects.requireNonNull(names, "names");
        if (user.platform() != conversation.platform()) {
            throw new IllegalArgumentException("user is on " + user.platform() + " but conversation on " + conversation.platform());
        }
    }

    /** What the user did. */
    public sealed interface Payload {
    }

    /**
     * A text: a slash command's arguments or a plain message. With a slash command the command
     * word itself is left out ({@code /connect status 0701234567} gives {@code status 0701234567}).
     */
    public record Text(String text) implements Payload {
        public Text {
            Objects.requireNonNull(text, "text");
        }
    }

    /** A click on a button or a choice in a select, as the core's reply offered it. */
    public record Action(String actionId, String value) implements Payload {
        public Action {
            ChatUser.requireText(actionId, "actionId");
            Objects.requireNonNull(value, "value");
        }
    }

    /** A submitted form, with the values of its named inputs. */
    public record FormSubmission(String formId, Map<String, String> values) implements Payload {
        public FormSubmission {
            ChatUser.requireText(formId, "formId");
            values = Map.copyOf(values);
        }
    }
}
