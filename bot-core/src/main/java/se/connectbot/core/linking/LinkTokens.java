package se.connectbot.core.linking;

import org.jspecify.annotations.Nullable;
import se.connectbot.core.chat.ChatUser;
import se.connectbot.portal.api.UserTokens;

/**
 * A linked chat user's tokens as the portal client asks for them: read from the link (refreshed
 * there when about to expire), and refreshed once more when the portal refuses one. Meant for one
 * inbound event; thread-safe all the same.
 */
final class LinkTokens implements UserTokens {

    private final ChatUser user;
    private final String portalUserId;
    private final LinkStore store;
    private volatile @Nullable String lastHandedOut;

    LinkTokens(ChatUser user, String portalUserId, LinkStore store) {
        this.user = user;
        this.portalUserId = portalUserId;
        this.store = store;
    }

    @Override
    public String cacheKey() {
        return "portal-user:" + portalUserId;
    }

    @Override
    public String accessToken() {
        String token = store.accessToken(user, null);
        lastHandedOut = token;
        return token;
    }

    @Override
    public String refreshedAccessToken() {
        String token = store.accessToken(user, lastHandedOut);
        lastHandedOut = token;
        return token;
    }
}
