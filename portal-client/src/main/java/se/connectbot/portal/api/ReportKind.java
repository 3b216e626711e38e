package se.connectbot.portal.api;

/** The reports the portal can export. */
public enum ReportKind {
    SERVICES,
    INVOICES,
    MOBILE_USAGE,
    TICKETS
}
