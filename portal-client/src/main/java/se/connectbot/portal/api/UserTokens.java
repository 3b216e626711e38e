package se.connectbot.portal.api;

/**
 * The acting user's tokens, supplied by whoever stores the account link. The client asks for
 * the access token on every call and, on a 401, asks once for a refreshed one.
 */
public interface UserTokens {

    /** A stable key of the portal user, used to keep cached data per user; never shared. */
    String cacheKey();

    String accessToken();

    /**
     * Refreshes the access token (persisting any rotated refresh token) and returns the new one.
     *
     * @throws PortalException with {@link PortalError#NOT_SIGNED_IN} when the user must sign in again
     */
    String refreshedAccessToken();
}
