package se.connectbot.core.linking;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Tokens from the portal's authorization server. {@code refreshToken} is null when the server
 * did not issue (or rotate) one. Never log these.
 */
public record SignInTokens(String accessToken, @Nullable String refreshToken, Instant expiresAt, String scope) {

    public SignInTokens {
        Objects.requireNonNull(accessToken, "accessToken");
        Objects.requireNonNull(expiresAt, "expiresAt");
        Objects.requireNonNull(scope, "scope");
    }

    @Override
    public String toString() {
        return "SignInTokens[expiresAt=" + expiresAt + ", scope=" + scope + "]";
    }
}
