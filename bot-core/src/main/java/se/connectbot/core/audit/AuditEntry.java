package se.connectbot.core.audit;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import se.connectbot.core.chat.ChatUser;

/**
 * One audited action.
 *
 * @param portalUser the portal username acted as, when known
 * @param channelId  where in chat, when it happened in a conversation
 * @param subject    what it concerned (an order or ticket number, a service id), when known
 * @param detail     a short description without secrets or personal message texts
 */
public record AuditEntry(
        ChatUser chatUser,
        @Nullable String channelId,
        @Nullable String portalUser,
        AuditAction action,
        Outcome outcome,
        @Nullable String subject,
        @Nullable String detail) {

    public AuditEntry {
        Objects.requireNonNull(chatUser, "chatUser");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(outcome, "outcome");
    }

    /** How the action ended. */
    public enum Outcome { SUCCEEDED, FAILED, REFUSED }
}
