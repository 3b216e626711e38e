package se.connectbot.sandbox.invoice;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Component;
import se.connectbot.portal.api.InvoiceStatus;
import se.connectbot.sandbox.account.AccountRange;

/** Counts invoices for other capabilities (the start page). Thread-safe. */
@Component
public class InvoiceCounts {

    private final InvoiceRepository invoices;
    private final Clock clock;

    InvoiceCounts(InvoiceRepository invoices, Clock clock) {
        this.invoices = invoices;
        this.clock = clock;
    }

    /** Unpaid ones, whether due yet (UNPAID) or not (OVERDUE). */
    public long unpaid(AccountRange range) {
        LocalDate today = LocalDate.now(clock);
        return invoices.count(range, InvoiceStatus.UNPAID, null, today) + invoices.count(range, InvoiceStatus.OVERDUE, null, today);
    }
}
