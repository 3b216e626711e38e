package se.connectbot.portal.api;

/**
 * A right (rättighet) a portal user holds. What a user sees and may do is always the
 * intersection of their {@link Me#scopeAccountId() scope} and these rights.
 */
public enum Right {
    /** Se kontoöversikt. */
    VIEW_ACCOUNT_OVERVIEW,
    /** Se tjänster. */
    VIEW_SERVICES,
    /** Hantera tjänster. */
    MANAGE_SERVICES,
    /** Beställa tjänster (top-ups among them). */
    ORDER_SERVICES,
    /** Se fakturor. */
    VIEW_INVOICES,
    /** Se/Generera rapporter. */
    VIEW_REPORTS,
    /** Hantera andra användare och deras rättigheter. */
    MANAGE_USERS,
    /** Se/Skapa ärenden. */
    HANDLE_TICKETS
}
