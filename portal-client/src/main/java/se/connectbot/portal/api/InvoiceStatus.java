package se.connectbot.portal.api;

/** Paid, unpaid (not yet due) or overdue (unpaid past the due date). */
public enum InvoiceStatus {
    PAID,
    UNPAID,
    OVERDUE
}
