package se.connectbot.sandbox.auth;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The authorization server's settings, {@code sandbox.auth.*}. Immutable; checked when bound, so
 * a bad setting stops the start with a message naming it.
 *
 * @param issuer               the issuer URL in tokens and discovery; unset: {@code http://localhost:<server.port>},
 *                             or each request's own origin when the port is random ({@code 0})
 * @param signingKey           an RSA private key (PKCS#8 PEM) that signs tokens; unset: a key generated
 *                             once and kept in the database
 * @param accessTokenTtl       lifetime of access tokens
 * @param refreshTokenTtl      lifetime of refresh tokens (rotated on every use)
 * @param authorizationCodeTtl lifetime of authorization codes
 * @param clients              the registered clients by client id
 */
@ConfigurationProperties("sandbox.auth")
record AuthProperties(
        @Nullable String issuer,
        @Nullable String signingKey,
        @DefaultValue("10m") Duration accessTokenTtl,
        @DefaultValue("30d") Duration refreshTokenTtl,
        @DefaultValue("5m") Duration authorizationCodeTtl,
        @DefaultValue Map<String, Client> clients) {

    AuthProperties {
        requirePositive("sandbox.auth.access-token-ttl", accessTokenTtl);
        requirePositive("sandbox.auth.refresh-token-ttl", refreshTokenTtl);
        requirePositive("sandbox.auth.authorization-code-ttl", authorizationCodeTtl);
        clients = Collections.unmodifiableMap(new LinkedHashMap<>(clients));
        if (issuer != null && issuer.isBlank()) {
            issuer = null;
        }
        if (signingKey != null && signingKey.isBlank()) {
            signingKey = null;
        }
    }

    /** Hides the signing key from logs and failure messages. */
    @Override
    public String toString() {
        return "AuthProperties[issuer=" + issuer + ", signingKey=" + (signingKey == null ? "unset" : "(set)")
                + ", accessTokenTtl=" + accessTokenTtl + ", refreshTokenTtl=" + refreshTokenTtl
                + ", authorizationCodeTtl=" + authorizationCodeTtl + ", clients=" + clients + "]";
    }

    private static void requirePositive(String key, Duration value) {
        if (value.isZero() || value.isNegative()) {
            throw new IllegalArgumentException(key + " must be positive but was " + value);
        }
    }

    /**
     * One registered, confidential client ({@code client_secret_basic}). It may use the
     * authorization code flow (with PKCE and refresh tokens) when it has {@code userScopes}, and
     * client credentials when it has {@code clientCredentialsScopes}; a scope of one flow is
     * never granted through the other.
     *
     * @param name                    shown in logs; defaults to the client id
     * @param secret                  the client secret, raw or already encoded ({@code {bcrypt}...})
     * @param redirectUris            the exact redirect URIs of the code flow
     * @param userScopes              scopes a signed-in user may grant the client
     * @param clientCredentialsScopes scopes the client gets for itself; also the default when it asks for none
     */
    record Client(
            @Nullable String name,
            String secret,
            @DefaultValue List<String> redirectUris,
            @DefaultValue Set<String> userScopes,
            @DefaultValue Set<String> clientCredentialsScopes) {

        Client {
            if (secret == null || secret.isBlank()) {
                throw new IllegalArgumentException("a client of sandbox.auth.clients has no secret");
            }
            redirectUris = List.copyOf(redirectUris);
            userScopes = Set.copyOf(userScopes);
            clientCredentialsScopes = Set.copyOf(clientCredentialsScopes);
            if (!userScopes.isEmpty() && redirectUris.isEmpty()) {
                throw new IllegalArgumentException("a client with user-scopes " + userScopes + " needs redirect-uris");
            }
            if (userScopes.isEmpty() && clientCredentialsScopes.isEmpty()) {
                throw new IllegalArgumentException("a client of sandbox.auth.clients has neither user-scopes nor client-credentials-scopes");
            }
        }

        /** Hides the secret from logs and failure messages. */
        @Override
        public String toString() {
            return "Client[name=" + name + ", redirectUris=" + redirectUris + ", userScopes=" + userScopes
                    + ", clientCredentialsScopes=" + clientCredentialsScopes + "]";
        }
    }
}
