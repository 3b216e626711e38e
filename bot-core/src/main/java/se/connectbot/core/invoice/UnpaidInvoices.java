package se.connectbot.core.invoice;

import java.util.ArrayList;
import java.util.List;
import se.connectbot.portal.api.Invoice;
import se.connectbot.portal.api.InvoiceQuery;
import se.connectbot.portal.api.InvoiceStatus;
import se.connectbot.portal.api.Page;
import se.connectbot.portal.api.UserPortal;

/**
 * Unpaid invoices as the start page counts them: overdue ones (first, since they need acting on)
 * and those not yet due, as one list, so that "Obetalda fakturor (20)" opens a list of 20. The
 * portal filters one status at a time, so the two lists are read and paged as one. Stateless.
 */
final class UnpaidInvoices {

    private UnpaidInvoices() {
    }

    static Page<Invoice> page(UserPortal portal, InvoiceQuery query, int page, int size) {
        int offset = page * size;
        Page<Invoice> overdue = portal.invoices(query.withStatus(InvoiceStatus.OVERDUE).withPage(page, size));
        List<Invoice> items = new ArrayList<>(overdue.items());
        int fromUnpaid = (int) Math.max(0, offset - overdue.totalItems());
        long unpaidTotal;
        if (items.size() < size) {
            Page<Invoice> first = portal.invoices(query.withStatus(InvoiceStatus.UNPAID).withPage(fromUnpaid / size, size));
            unpaidTotal = first.totalItems();
            items.addAll(slice(first.items(), fromUnpaid % size, size - items.size()));
            if (items.size() < size && first.hasNext() && fromUnpaid % size > 0) {
                Page<Invoice> next = portal.invoices(query.withStatus(InvoiceStatus.UNPAID).withPage(fromUnpaid / size + 1, size));
                items.addAll(slice(next.items(), 0, size - items.size()));
            }
        } else {
            unpaidTotal = portal.invoices(query.withStatus(InvoiceStatus.UNPAID).withPage(0, 1)).totalItems();
        }
        long total = overdue.totalItems() + unpaidTotal;
        return new Page<>(items, page, size, total, (int) Math.max(1, (total + size - 1) / size));
    }

    private static List<Invoice> slice(List<Invoice> items, int from, int count) {
        return from >= items.size() ? List.of() : items.subList(from, Math.min(items.size(), from + count));
    }
}
