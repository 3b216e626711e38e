package se.connectbot.core.command;

import se.connectbot.core.rights.Capability;
import se.connectbot.core.rights.Decision;
import se.connectbot.portal.api.Me;
import se.connectbot.portal.api.UserPortal;

/**
 * The chat user's portal session for one inbound event: the portal as their linked portal user
 * sees it. {@link #me()} is read once per event. Not shared between events or users.
 */
public interface Session {

    /** Whether the chat user has a linked portal account (it may still turn out revoked). */
    boolean signedIn();

    /** The linked portal user's username as of sign-in, without asking the portal (for the audit log). */
    java.util.Optional<String> linkedUsername();

    /**
     * The portal as the linked user.
     *
     * @throws SignInRequired when the chat user has no linked account
     */
    UserPortal portal();

    /** The linked portal user, with their rights; throws like {@link #portal()}. */
    Me me();

    /** Whether the linked user may use {@code capability}; throws like {@link #portal()}. */
    Decision decide(Capability capability);

    /** Like {@link #decide}, but false rather than throwing when nobody is signed in. */
    default boolean may(Capability capability) {
        return signedIn() && decide(capability).isAllowed();
    }
}
