package se.connectbot.core.command;

import java.util.Objects;
import se.connectbot.core.chat.ChatUser;
import se.connectbot.core.chat.ConversationRef;
import se.connectbot.core.chat.Inbound;
import se.connectbot.core.i18n.Formats;
import se.connectbot.core.i18n.Language;
import se.connectbot.core.i18n.Messages;
import se.connectbot.core.rights.Capability;
import se.connectbot.portal.api.Me;
import se.connectbot.portal.api.UserPortal;

/**
 * One command to answer: who asked where (the inbound event), in which language to answer,
 * the command's arguments and the asker's portal session. Immutable; valid for one event.
 */
public record CommandRequest(Inbound inbound, Messages messages, Args args, Session session) {

    public CommandRequest {
        Objects.requireNonNull(inbound, "inbound");
        Objects.requireNonNull(messages, "messages");
        Objects.requireNonNull(args, "args");
        Objects.requireNonNull(session, "session");
    }

    public CommandRequest withArgs(Args newArgs) {
        return new CommandRequest(inbound, messages, newArgs, session);
    }

    public ChatUser user() {
        return inbound.user();
    }

    public ConversationRef conversation() {
        return inbound.conversation();
    }

    public Language language() {
        return messages.language();
    }

    public Formats formats() {
        return messages.formats();
    }

    public String text(String key, Object... values) {
        return messages.get(key, values);
    }

    public UserPortal portal() {
        return session.portal();
    }

    public Me me() {
        return session.me();
    }

    /** The linked portal username for the audit log, or null; never calls the portal. */
    public @org.jspecify.annotations.Nullable String portalUsername() {
        return session.linkedUsername().orElse(null);
    }

    public boolean may(Capability capability) {
        return session.may(capability);
    }
}
