package se.connectbot.portal.client;

import java.time.Clock;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import se.connectbot.portal.api.UserTokens;

/**
 * This client's own token (client credentials), fetched when first needed, kept until shortly
 * before it expires and fetched anew when the portal refuses it. One fetch at a time.
 */
final class ClientCredentialsTokens implements UserTokens {

    /** Renew this long before expiry, so a token never expires on the way. */
    private static final Duration EARLY = Duration.ofSeconds(30);

    private final PortalOAuth oauth;
    private final String scope;
    private final Clock clock;
    private final String cacheKey;
    private @Nullable TokenSet current;

    ClientCredentialsTokens(PortalOAuth oauth, String clientId, String scope, Clock clock) {
        this.oauth = oauth;
        this.scope = scope;
        this.clock = clock;
        this.cacheKey = "client:" + clientId;
    }

    @Override
    public String cacheKey() {
        return cacheKey;
    }

    @Override
    public synchronized String accessToken() {
        TokenSet tokens = current;
        if (tokens == null || !clock.instant().isBefore(tokens.expiresAt().minus(EARLY))) {
            tokens = oauth.clientCredentials(scope);
            current = tokens;
        }
        return tokens.accessToken();
    }

    @Override
    public synchronized String refreshedAccessToken() {
        TokenSet tokens = oauth.clientCredentials(scope);
        current = tokens;
        return tokens.accessToken();
    }
}
