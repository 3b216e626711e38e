package se.connectbot.core.portal;

import java.net.URI;
import java.util.Optional;
import java.util.Set;
import se.connectbot.core.linking.PortalSignIn;
import se.connectbot.core.linking.SignInTokens;
import se.connectbot.portal.client.PortalOAuth;
import se.connectbot.portal.client.TokenSet;

/** The portal client's {@link PortalOAuth} as the core's {@link PortalSignIn}. Thread-safe as the client is. */
final class OAuthSignIn implements PortalSignIn {

    private final PortalOAuth oauth;

    OAuthSignIn(PortalOAuth oauth) {
        this.oauth = oauth;
    }

    @Override
    public URI authorizeUrl(String state, String codeChallenge, URI redirectUri, Set<String> scopes) {
        return oauth.authorizeUrl(state, codeChallenge, redirectUri, scopes);
    }

    @Override
    public SignInTokens exchangeCode(String code, String codeVerifier, URI redirectUri) {
        return tokens(oauth.exchangeCode(code, codeVerifier, redirectUri));
    }

    @Override
    public SignInTokens refresh(String refreshToken) {
        return tokens(oauth.refresh(refreshToken));
    }

    @Override
    public void revoke(String token) {
        oauth.revoke(token);
    }

    @Override
    public Optional<URI> endSessionUrl(String idToken, URI afterSignOut) {
        return oauth.endSessionUrl(idToken, afterSignOut);
    }

    private static SignInTokens tokens(TokenSet set) {
        return new SignInTokens(set.accessToken(), set.refreshToken(), set.expiresAt(), set.scope(), set.idToken());
    }
}
