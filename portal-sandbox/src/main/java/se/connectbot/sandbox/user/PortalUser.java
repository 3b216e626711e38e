package se.connectbot.sandbox.user;

import java.util.Set;
import se.connectbot.portal.api.Me;
import se.connectbot.portal.api.Right;
import se.connectbot.portal.api.UserType;
import se.connectbot.sandbox.web.MissingRightException;

/**
 * The signed-in portal user of a request. What they may see is the account branch under
 * {@code scopeAccountId} (whose materialised path is {@code scopePath}); what they may do is
 * {@code rights}. Immutable.
 *
 * @param scopePath the scope account's path, {@code /root/.../scope/}; every account in scope
 *                  has a path starting with it
 */
public record PortalUser(
        String id,
        String username,
        String name,
        UserType userType,
        Me.Organisation organisation,
        String scopeAccountId,
        String scopePath,
        Set<Right> rights) {

    public PortalUser {
        rights = Set.copyOf(rights);
    }

    public boolean has(Right right) {
        return rights.contains(right);
    }

    /** @throws MissingRightException when the user lacks {@code right} */
    public void require(Right right) {
        if (!has(right)) {
            throw new MissingRightException(right);
        }
    }

    public Me toMe() {
        return new Me(id, username, name, userType, organisation, scopeAccountId, rights);
    }
}
