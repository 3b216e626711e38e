package se.connectbot.portal.client;

import java.util.concurrent.atomic.AtomicInteger;
import se.connectbot.portal.api.PortalError;
import se.connectbot.portal.api.PortalException;
import se.connectbot.portal.api.UserTokens;

/** A user's tokens as a link store would hold them: a current token and a refresh that yields the next. */
final class TestTokens implements UserTokens {

    private final String user;
    private final String[] sequence;
    private final AtomicInteger index = new AtomicInteger();
    private final AtomicInteger refreshes = new AtomicInteger();
    private volatile boolean signedOut;

    /** Tokens {@code sequence[0]}, then one more per refresh. */
    TestTokens(String user, String... sequence) {
        this.user = user;
        this.sequence = sequence;
    }

    /** From now on a refresh fails as when the refresh token was revoked. */
    TestTokens signedOut() {
        signedOut = true;
        return this;
    }

    int refreshes() {
        return refreshes.get();
    }

    @Override
    public String cacheKey() {
        return user;
    }

    @Override
    public String accessToken() {
        return sequence[index.get()];
    }

    @Override
    public String refreshedAccessToken() {
        refreshes.incrementAndGet();
        if (signedOut || index.get() + 1 >= sequence.length) {
            throw new PortalException(PortalError.NOT_SIGNED_IN, "the refresh token was refused");
        }
        return sequence[index.incrementAndGet()];
    }
}
