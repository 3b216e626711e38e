package se.connectbot.portal.client;

import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Tokens from the portal's token endpoint. {@link #toString()} never shows a token.
 *
 * @param accessToken  the JWT to send as {@code Authorization: Bearer}
 * @param refreshToken null for client credentials; refresh tokens rotate, so keep the newest
 * @param expiresAt    when the access token stops working
 * @param scope        the granted scopes, space-separated, as on the wire (e.g. {@code "openid portal"})
 * @param idToken      the OpenID Connect ID token, when {@code openid} was granted
 */
public record TokenSet(String accessToken, @Nullable String refreshToken, Instant expiresAt, String scope, @Nullable String idToken) {

    public TokenSet {
        Objects.requireNonNull(accessToken, "accessToken");
        Objects.requireNonNull(expiresAt, "expiresAt");
        Objects.requireNonNull(scope, "scope");
    }

    public TokenSet(String accessToken, @Nullable String refreshToken, Instant expiresAt, String scope) {
        this(accessToken, refreshToken, expiresAt, scope, null);
    }

    /** The granted scopes as a set. */
    public Set<String> scopes() {
        Set<String> scopes = new LinkedHashSet<>(Arrays.asList(scope.trim().split("\\s+")));
        scopes.remove("");
        return Set.copyOf(scopes);
    }

    @Override
    public String toString() {
        return "TokenSet[accessToken=***, refreshToken=" + (refreshToken == null ? "none" : "***")
                + ", expiresAt=" + expiresAt + ", scope=" + scope + ", idToken=" + (idToken == null ? "none" : "***") + "]";
    }
}
