package se.connectbot.portal.client;

import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import se.connectbot.portal.api.PortalError;
import se.connectbot.portal.api.PortalException;
import se.connectbot.portal.api.UserTokens;

/**
 * Runs calls with a bearer token: on a 401 it asks {@link UserTokens#refreshedAccessToken()}
 * once and tries again; a second 401 means the holder must sign in again.
 */
final class Authorized {

    private final UserTokens tokens;
    private final Failures failures;

    Authorized(UserTokens tokens, Failures failures) {
        this.tokens = tokens;
        this.failures = failures;
    }

    <T> T call(String operation, Function<String, @Nullable T> request) {
        String token = tokens.accessToken();
        try {
            return failures.call(operation, () -> request.apply(bearer(token)));
        } catch (PortalException e) {
            if (e.error() != PortalError.NOT_SIGNED_IN) {
                throw e;
            }
        }
        String refreshed = tokens.refreshedAccessToken();
        try {
            return failures.call(operation, () -> request.apply(bearer(refreshed)));
        } catch (PortalException e) {
            if (e.error() == PortalError.NOT_SIGNED_IN) {
                throw new PortalException(PortalError.NOT_SIGNED_IN,
                        operation + ": the portal refused even a refreshed token; sign in again", null, null, null, e);
            }
            throw e;
        }
    }

    private static String bearer(String token) {
        return "Bearer " + token;
    }
}
