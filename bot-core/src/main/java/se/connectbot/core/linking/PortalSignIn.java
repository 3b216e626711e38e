package se.connectbot.core.linking;

import java.net.URI;
import java.util.Optional;
import java.util.Set;

/**
 * The portal's OAuth 2.0 operations the core needs, as a port: bot-app adapts the portal
 * client's {@code PortalOAuth} to it, tests fake it. Implementations are thread-safe and throw
 * {@code PortalException}: {@code NOT_SIGNED_IN} when a code or refresh token is refused
 * (invalid_grant), {@code UNAVAILABLE} when the server cannot be reached.
 */
public interface PortalSignIn {

    /** The authorize URL the user opens, with PKCE S256. */
    URI authorizeUrl(String state, String codeChallenge, URI redirectUri, Set<String> scopes);

    SignInTokens exchangeCode(String code, String codeVerifier, URI redirectUri);

    /** New tokens for a refresh token; the server rotates the refresh token. */
    SignInTokens refresh(String refreshToken);

    /** Revokes a refresh or access token; unknown tokens are no error. */
    void revoke(String token);

    /**
     * Where to send the person's browser to end their session at the portal (OpenID Connect
     * RP-initiated logout), coming back to {@code afterSignOut}; empty when the portal has none.
     */
    default Optional<URI> endSessionUrl(String idToken, URI afterSignOut) {
        return Optional.empty();
    }
}
