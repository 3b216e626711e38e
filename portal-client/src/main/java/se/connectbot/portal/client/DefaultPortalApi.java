package se.connectbot.portal.client;

import se.connectbot.portal.api.OperationsPortal;
import se.connectbot.portal.api.PortalApi;
import se.connectbot.portal.api.UserPortal;
import se.connectbot.portal.api.UserTokens;

/** The portal as {@link PortalClients#create} assembles it: cache, then resilience, then HTTP. */
final class DefaultPortalApi implements PortalApi {

    static final String OPERATIONS_SCOPE = "operations.read";

    private final PortalHttp http;
    private final Failures failures;
    private final PortalCache cache;
    private final Resilience resilience;
    private final OperationsPortal operations;

    DefaultPortalApi(PortalHttp http, Failures failures, PortalCache cache, Resilience resilience, UserTokens botTokens) {
        this.http = http;
        this.failures = failures;
        this.cache = cache;
        this.resilience = resilience;
        this.operations = new CachingOperationsPortal(
                new ResilientOperationsPortal(new HttpOperationsPortal(http, new Authorized(botTokens, failures)), resilience),
                cache);
    }

    @Override
    public UserPortal forUser(UserTokens tokens) {
        UserPortal overHttp = new HttpUserPortal(http, new Authorized(tokens, failures));
        return new CachingUserPortal(new ResilientUserPortal(overHttp, resilience), cache, tokens.cacheKey());
    }

    @Override
    public OperationsPortal operations() {
        return operations;
    }
}
