package se.connectbot.portal.client;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * A PKCE pair (RFC 7636): keep {@code verifier} secret until the code exchange; send
 * {@code challenge} (its S256 hash) with the authorization request. {@link #toString()} hides
 * the verifier.
 */
public record Pkce(String verifier, String challenge) {

    private static final SecureRandom RANDOM = new SecureRandom();

    /** A fresh pair: 32 random bytes, base64url without padding (43 characters). */
    public static Pkce generate() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return of(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
    }

    /** The pair for a given verifier (43–128 characters of {@code [A-Za-z0-9-._~]}). */
    public static Pkce of(String verifier) {
        if (!verifier.matches("[A-Za-z0-9\\-._~]{43,128}")) {
            throw new IllegalArgumentException("a PKCE verifier must be 43-128 unreserved characters, but was "
                    + verifier.length() + " characters long");
        }
        return new Pkce(verifier, s256(verifier));
    }

    /** BASE64URL(SHA-256(ASCII(verifier))), without padding. */
    public static String s256(String verifier) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    @Override
    public String toString() {
        return "Pkce[verifier=***, challenge=" + challenge + "]";
    }
}
