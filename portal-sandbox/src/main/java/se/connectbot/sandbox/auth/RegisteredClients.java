package se.connectbot.sandbox.auth;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.OAuth2TokenFormat;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;

/**
 * Turns the configured clients into Spring Authorization Server's {@link RegisteredClient}s. Each
 * client's id is its client id, so that authorizations kept in PostgreSQL still find their
 * client after a restart. Which scopes belong to which flow is kept in the client settings, where
 * {@link ClientScopes} reads it.
 */
final class RegisteredClients {

    static final String USER_SCOPES = "se.connectbot.sandbox.auth.user-scopes";
    static final String CLIENT_CREDENTIALS_SCOPES = "se.connectbot.sandbox.auth.client-credentials-scopes";

    /** A secret already in {@code DelegatingPasswordEncoder} form, such as {@code {bcrypt}$2a$...}. */
    private static final Pattern ENCODED = Pattern.compile("^\\{[A-Za-z0-9_-]+}.+");

    private RegisteredClients() {
    }

    static List<RegisteredClient> from(AuthProperties properties, PasswordEncoder passwordEncoder) {
        if (properties.clients().isEmpty()) {
            throw new IllegalArgumentException("sandbox.auth.clients names no client");
        }
        return properties.clients().entrySet().stream()
                .map(entry -> client(entry, properties, passwordEncoder))
                .toList();
    }

    private static RegisteredClient client(Map.Entry<String, AuthProperties.Client> entry, AuthProperties properties,
            PasswordEncoder passwordEncoder) {
        String clientId = entry.getKey();
        AuthProperties.Client client = entry.getValue();
        RegisteredClient.Builder builder = RegisteredClient.withId(clientId)
                .clientId(clientId)
                .clientName(client.name() == null ? clientId : client.name())
                .clientSecret(encoded(client.secret(), passwordEncoder))
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .scopes(scopes -> {
                    scopes.addAll(client.userScopes());
                    scopes.addAll(client.clientCredentialsScopes());
                })
                .clientSettings(clientSettings(client))
                .tokenSettings(tokenSettings(properties));
        if (!client.userScopes().isEmpty()) {
            builder.authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                    .authorizationGrantType(AuthorizationGrantType.REFRESH_TOKEN);
            client.redirectUris().forEach(builder::redirectUri);
            // after an RP-initiated logout, back to the start page of a site the client signs in from
            client.redirectUris().stream().map(RegisteredClients::startPage).distinct().forEach(builder::postLogoutRedirectUri);
        }
        if (!client.clientCredentialsScopes().isEmpty()) {
            builder.authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS);
        }
        return builder.build();
    }

    /** {@code http://localhost:8080/oauth/callback} → {@code http://localhost:8080/}. */
    static String startPage(String redirectUri) {
        URI uri = URI.create(redirectUri);
        return uri.getScheme() + "://" + uri.getRawAuthority() + "/";
    }

    private static String encoded(String secret, PasswordEncoder passwordEncoder) {
        return ENCODED.matcher(secret).matches() ? secret : passwordEncoder.encode(secret);
    }

    private static ClientSettings clientSettings(AuthProperties.Client client) {
        return ClientSettings.builder()
                .requireProofKey(true)
                // a first-party client: the user signs in to the portal itself, nothing to consent to
                .requireAuthorizationConsent(false)
                .setting(USER_SCOPES, Set.copyOf(client.userScopes()))
                .setting(CLIENT_CREDENTIALS_SCOPES, Set.copyOf(client.clientCredentialsScopes()))
                .build();
    }

    private static TokenSettings tokenSettings(AuthProperties properties) {
        return TokenSettings.builder()
                .accessTokenFormat(OAuth2TokenFormat.SELF_CONTAINED)
                .accessTokenTimeToLive(properties.accessTokenTtl())
                .refreshTokenTimeToLive(properties.refreshTokenTtl())
                .authorizationCodeTimeToLive(properties.authorizationCodeTtl())
                .reuseRefreshTokens(false)
                .idTokenSignatureAlgorithm(SignatureAlgorithm.RS256)
                .build();
    }
}
