package se.connectbot.portal.client;

import java.net.URI;
import java.util.Collection;
import java.util.Optional;

/**
 * OAuth 2.0 with the portal's authorization server, as the confidential client configured in
 * {@link PortalClientConfig} ({@code client_secret_basic}). Obtain one from
 * {@link PortalClients#oauth(PortalClientConfig)}. Thread-safe.
 *
 * <p>Failures are {@link se.connectbot.portal.api.PortalException}s: a refused code or refresh
 * token ({@code invalid_grant}) is {@code NOT_SIGNED_IN}; a refused client is
 * {@code UNAVAILABLE} (a configuration fault the user cannot mend); any other refusal is
 * {@code INVALID_INPUT}; an unreachable server is {@code UNAVAILABLE}. Token calls are not
 * retried: codes are single-use and refresh tokens rotate.
 */
public interface PortalOAuth {

    /**
     * The URL to send the user's browser to: the authorization code flow with PKCE (S256).
     *
     * @param state         an unguessable value tying the callback to this request
     * @param codeChallenge {@link Pkce#challenge()}
     * @param redirectUri   a redirect URI registered for this client
     * @param scopes        e.g. {@code openid} and {@code portal}
     */
    URI authorizeUrl(String state, String codeChallenge, URI redirectUri, Collection<String> scopes);

    /** Exchanges the callback's code; {@code codeVerifier} is {@link Pkce#verifier()}. */
    TokenSet exchangeCode(String code, String codeVerifier, URI redirectUri);

    /** New tokens for a refresh token; the answer carries the rotated refresh token to keep. */
    TokenSet refresh(String refreshToken);

    /** Revokes an access or refresh token (RFC 7009); an unknown token is no error. */
    void revoke(String token);

    /** A token for this client itself (client credentials); {@code scope} space-separated. */
    TokenSet clientCredentials(String scope);

    /**
     * Where to send the user's browser to end their session at the portal (OpenID Connect
     * RP-initiated logout, {@code id_token_hint}), coming back to {@code postLogoutRedirectUri},
     * which the portal must have registered for this client; empty when the portal has no such
     * endpoint.
     */
    default Optional<URI> endSessionUrl(String idTokenHint, URI postLogoutRedirectUri) {
        return Optional.empty();
    }
}
