package se.connectbot.portal.client;

import se.connectbot.portal.api.OperatorPortal;
import se.connectbot.portal.api.PortalApi;

/**
 * The entry point: builds the portal client from a {@link PortalClientConfig}.
 *
 * <p>{@link #create} gives a {@link PortalApi} whose views cache answers (per user, or shared
 * for public data), retry what is safe to retry and stop calling a portal that keeps failing
 * (circuit breaker), over one HTTP client with the configured timeouts. Build one per portal
 * and share it: it is thread-safe and holds the caches, the circuit breaker and the bot's own
 * token.
 */
public final class PortalClients {

    private PortalClients() {
    }

    /** The portal for users ({@code forUser}) and the operational information ({@code operations}, scope {@code operations.read}). */
    public static PortalApi create(PortalClientConfig config) {
        HttpParts parts = new HttpParts(config);
        PortalOAuth oauth = new HttpPortalOAuth(parts.client(OAuthHttp.class), config, parts.failures, parts.json);
        return new DefaultPortalApi(parts.client(PortalHttp.class), parts.failures,
                new PortalCache(config.cache(), config.ticker()),
                new Resilience("portal", config.resilience(), config.clock()),
                new ClientCredentialsTokens(oauth, config.clientId(), DefaultPortalApi.OPERATIONS_SCOPE, config.clock()));
    }

    /** OAuth 2.0 with the portal's authorization server, as the configured client. */
    public static PortalOAuth oauth(PortalClientConfig config) {
        HttpParts parts = new HttpParts(config);
        return new HttpPortalOAuth(parts.client(OAuthHttp.class), config, parts.failures, parts.json);
    }

    /**
     * The operator's outage tool; {@code operatorConfig} carries the operator's client (scope
     * {@code outages.write}), e.g. {@code config.withClient("connect-operator", secret)}.
     */
    public static OperatorPortal operator(PortalClientConfig operatorConfig) {
        HttpParts parts = new HttpParts(operatorConfig);
        PortalOAuth oauth = new HttpPortalOAuth(parts.client(OAuthHttp.class), operatorConfig, parts.failures, parts.json);
        ClientCredentialsTokens tokens = new ClientCredentialsTokens(oauth, operatorConfig.clientId(), "outages.write",
                operatorConfig.clock());
        return new ResilientOperatorPortal(
                new HttpOperatorPortal(parts.client(OperatorHttp.class), new Authorized(tokens, parts.failures)),
                new Resilience("portal-operator", operatorConfig.resilience(), operatorConfig.clock()));
    }
}
