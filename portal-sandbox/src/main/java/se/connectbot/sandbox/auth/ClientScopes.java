package se.connectbot.sandbox.auth;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2AuthorizationCodeRequestAuthenticationContext;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2AuthorizationCodeRequestAuthenticationException;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2AuthorizationCodeRequestAuthenticationProvider;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2AuthorizationCodeRequestAuthenticationToken;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2AuthorizationCodeRequestAuthenticationValidator;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2ClientAuthenticationToken;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2ClientCredentialsAuthenticationContext;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2ClientCredentialsAuthenticationProvider;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2ClientCredentialsAuthenticationToken;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.web.authentication.OAuth2ClientCredentialsAuthenticationConverter;
import org.springframework.security.web.authentication.AuthenticationConverter;
import org.springframework.util.StringUtils;

/**
 * Keeps each flow to its own scopes: a signed-in user can grant a client only its user scopes
 * ({@code openid}, {@code portal}), and client credentials give only the client's own scopes
 * ({@code operations.read}, {@code outages.write}) — the bot can never act as a user without one.
 * A client-credentials request without a scope gets the client's own scopes. Stateless.
 */
final class ClientScopes {

    private ClientScopes() {
    }

    /** For {@code authorizationEndpoint(a -> a.authenticationProviders(...))}. */
    static void restrictAuthorizationRequests(List<AuthenticationProvider> providers) {
        Consumer<OAuth2AuthorizationCodeRequestAuthenticationContext> validator =
                OAuth2AuthorizationCodeRequestAuthenticationValidator.DEFAULT_REDIRECT_URI_VALIDATOR
                        .andThen(OAuth2AuthorizationCodeRequestAuthenticationValidator.DEFAULT_SCOPE_VALIDATOR)
                        .andThen(ClientScopes::requireUserScopes);
        for (AuthenticationProvider provider : providers) {
            if (provider instanceof OAuth2AuthorizationCodeRequestAuthenticationProvider codeRequests) {
                codeRequests.setAuthenticationValidator(validator);
            }
        }
    }

    /** For {@code tokenEndpoint(t -> t.authenticationProviders(...))}. */
    static void restrictClientCredentials(List<AuthenticationProvider> providers) {
        for (AuthenticationProvider provider : providers) {
            if (provider instanceof OAuth2ClientCredentialsAuthenticationProvider clientCredentials) {
                clientCredentials.setAuthenticationValidator(ClientScopes::requireClientCredentialsScopes);
            }
        }
    }

    /** For {@code tokenEndpoint(t -> t.accessTokenRequestConverters(...))}. */
    static void defaultClientCredentialsScopes(List<AuthenticationConverter> converters) {
        converters.replaceAll(converter -> converter instanceof OAuth2ClientCredentialsAuthenticationConverter
                ? new DefaultScopes(converter)
                : converter);
    }

    static Set<String> userScopes(RegisteredClient client) {
        return scopes(client, RegisteredClients.USER_SCOPES);
    }

    static Set<String> clientCredentialsScopes(RegisteredClient client) {
        return scopes(client, RegisteredClients.CLIENT_CREDENTIALS_SCOPES);
    }

    private static Set<String> scopes(RegisteredClient client, String setting) {
        Set<String> scopes = client.getClientSettings().getSetting(setting);
        return scopes == null ? Set.of() : scopes;
    }

    private static void requireUserScopes(OAuth2AuthorizationCodeRequestAuthenticationContext context) {
        OAuth2AuthorizationCodeRequestAuthenticationToken request = context.getAuthentication();
        RegisteredClient client = context.getRegisteredClient();
        if (userScopes(client).containsAll(request.getScopes())) {
            return;
        }
        // the redirect URI is valid by now (checked first), so the error goes back to the client
        String redirectUri = StringUtils.hasText(request.getRedirectUri())
                ? request.getRedirectUri()
                : client.getRedirectUris().iterator().next();
        OAuth2AuthorizationCodeRequestAuthenticationToken result = new OAuth2AuthorizationCodeRequestAuthenticationToken(
                request.getAuthorizationUri(), request.getClientId(), (Authentication) request.getPrincipal(),
                redirectUri, request.getState(), request.getScopes(), request.getAdditionalParameters());
        result.setAuthenticated(true);
        throw new OAuth2AuthorizationCodeRequestAuthenticationException(
                new OAuth2Error(OAuth2ErrorCodes.INVALID_SCOPE, "A user can grant only " + userScopes(client), null),
                result);
    }

    private static void requireClientCredentialsScopes(OAuth2ClientCredentialsAuthenticationContext context) {
        Set<String> allowed = clientCredentialsScopes(context.getRegisteredClient());
        OAuth2ClientCredentialsAuthenticationToken request = context.getAuthentication();
        if (!allowed.containsAll(request.getScopes())) {
            throw new OAuth2AuthenticationException(new OAuth2Error(OAuth2ErrorCodes.INVALID_SCOPE,
                    "Client credentials give only " + allowed, null));
        }
    }

    /** Gives a client-credentials request without a scope the client's own scopes. */
    private record DefaultScopes(AuthenticationConverter delegate) implements AuthenticationConverter {

        @Override
        public @Nullable Authentication convert(HttpServletRequest request) {
            Authentication converted = delegate.convert(request);
            if (converted instanceof OAuth2ClientCredentialsAuthenticationToken token
                    && token.getScopes().isEmpty()
                    && token.getPrincipal() instanceof OAuth2ClientAuthenticationToken client
                    && client.getRegisteredClient() != null) {
                return new OAuth2ClientCredentialsAuthenticationToken(client,
                        clientCredentialsScopes(client.getRegisteredClient()), token.getAdditionalParameters());
            }
            return converted;
        }
    }
}
