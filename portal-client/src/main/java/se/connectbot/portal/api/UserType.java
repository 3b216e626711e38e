package se.connectbot.portal.api;

/** The two kinds of portal user. */
public enum UserType {
    /** Administratör: sees every account of the organisation. */
    ADMINISTRATOR,
    /** Kontoadministratör: sees one account and its sub-accounts. */
    ACCOUNT_ADMINISTRATOR
}
