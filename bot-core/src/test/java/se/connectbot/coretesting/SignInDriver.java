package se.connectbot.coretesting;

import java.net.URI;
import se.connectbot.core.linking.LinkOutcome;

/**
 * Plays the user's part of a sign-in: opens the authorize URL the bot gave, signs in at the
 * portal as {@code username}, and lets the bot's callback complete the link.
 */
@FunctionalInterface
public interface SignInDriver {

    LinkOutcome signIn(URI authorizeUrl, String username);
}
