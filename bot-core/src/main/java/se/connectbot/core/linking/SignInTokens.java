package se.connectbot.core.linking;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Tokens from the portal's authorization server. {@code refreshToken} is null when the server
 * did not issue (or rotate) one; {@code idToken} (OpenID Connect) when it issued none, and is
 * kept only to end the person's portal session when they sign out ({@code id_token_hint}).
 * Never log these.
 */
public record SignInTokens(String accessToken, @Nullable String refreshToken, Instant expiresAt, String scope,
                           @Nullable String idToken) {

    public SignInTokens {
        Objects.requireNonNull(accessToken, "accessToken");
        Objects.requireNonNull(expiresAt, "expiresAt");
        Objects.requireNonNull(scope, "scope");
    }

    /** Tokens without an ID token. */
    public SignInTokens(String accessToken, @Nullable String refreshToken, Instant expiresAt, String scope) {
        this(accessToken, refreshToken, expiresAt, scope, null);
    }

    @Override
    public String toString() {
        return "SignInTokens[expiresAt=" + expiresAt + ", scope=" + scope + "]";
    }
}
