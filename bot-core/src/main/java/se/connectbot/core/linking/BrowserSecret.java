package se.connectbot.core.linking;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.jspecify.annotations.Nullable;

/**
 * The one-time secret that binds a sign-in's confirmation to the browser that finished the
 * portal sign-in: the callback hands it to that browser (an HttpOnly, SameSite cookie), the
 * store keeps only its hash, and a confirmation without it is refused. Thread-safe.
 */
final class BrowserSecret {

    private BrowserSecret() {
    }

    static String random() {
        return Pkce.randomToken();
    }

    /** SHA-256, base64url: what the store keeps; a leaked row does not give the secret. */
    static String hash(String secret) {
        return Pkce.challenge(secret);
    }

    /** Whether {@code presented} is the secret of {@code storedHash}, in time independent of where they differ. */
    static boolean matches(@Nullable String presented, @Nullable String storedHash) {
        if (presented == null || storedHash == null) {
            return false;
        }
        return MessageDigest.isEqual(hash(presented).getBytes(StandardCharsets.US_ASCII),
                storedHash.getBytes(StandardCharsets.US_ASCII));
    }
}
