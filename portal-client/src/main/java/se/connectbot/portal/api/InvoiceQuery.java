package se.connectbot.portal.api;

import org.jspecify.annotations.Nullable;

/** Filters and paging for the invoices list; newest first. */
public record InvoiceQuery(@Nullable InvoiceStatus status, @Nullable String accountId, @Nullable String number, int page, int size) {

    public static InvoiceQuery all() {
        return new InvoiceQuery(null, null, null, 0, Page.DEFAULT_SIZE);
    }

    public InvoiceQuery withStatus(@Nullable InvoiceStatus newStatus) {
        return new InvoiceQuery(newStatus, accountId, number, page, size);
    }

    public InvoiceQuery withNumber(@Nullable String newNumber) {
        return new InvoiceQuery(status, accountId, newNumber, page, size);
    }

    public InvoiceQuery withPage(int newPage, int newSize) {
        return new InvoiceQuery(status, accountId, number, newPage, newSize);
    }
}
