package se.connectbot.portal.api;

/**
 * The entry point of the portal client: the portal as one user sees it, or its public
 * operational information as the bot itself sees it.
 */
public interface PortalApi {

    UserPortal forUser(UserTokens tokens);

    OperationsPortal operations();
}
