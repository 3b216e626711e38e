package se.connectbot.core.rights;

import java.util.EnumSet;
import java.util.Set;
import se.connectbot.portal.api.Right;

/**
 * What a user can do through the bot, each with the portal rights it needs (all of them).
 * The portal stays the final judge; this table lets the bot offer only what will work.
 */
public enum Capability {
    /** The dashboard counts. */
    VIEW_OVERVIEW(Right.VIEW_ACCOUNT_OVERVIEW),
    /** A service's status and details. */
    VIEW_SERVICES(Right.VIEW_SERVICES),
    VIEW_INVOICES(Right.VIEW_INVOICES),
    /** Orders in progress; the portal shows them to those who may see services. */
    VIEW_ORDERS(Right.VIEW_SERVICES),
    /** Order a data top-up: find the subscription and order for it. */
    TOP_UP(Right.VIEW_SERVICES, Right.ORDER_SERVICES),
    /** See, create and reply to tickets. */
    HANDLE_TICKETS(Right.HANDLE_TICKETS),
    /** Export reports (rapporter); each kind also needs its data's right, which the portal's list of kinds reflects. */
    VIEW_REPORTS(Right.VIEW_REPORTS),
    /** A report file of services or mobile usage, read again through a download link. */
    REPORT_SERVICES(Right.VIEW_REPORTS, Right.VIEW_SERVICES),
    /** A report file of invoices, read again through a download link. */
    REPORT_INVOICES(Right.VIEW_REPORTS, Right.VIEW_INVOICES),
    /** A report file of tickets, read again through a download link. */
    REPORT_TICKETS(Right.VIEW_REPORTS, Right.HANDLE_TICKETS);

    private final Set<Right> rights;

    Capability(Right... rights) {
        this.rights = rights.length == 0 ? Set.of() : Set.copyOf(EnumSet.of(rights[0], rights));
    }

    public Set<Right> rights() {
        return rights;
    }
}
