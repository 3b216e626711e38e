package se.connectbot.sandbox.ticket;

import org.springframework.stereotype.Component;
import se.connectbot.sandbox.account.AccountRange;

/** Counts tickets for other capabilities (the start page). Thread-safe. */
@Component
public class TicketCounts {

    private final TicketRepository tickets;

    TicketCounts(TicketRepository tickets) {
        this.tickets = tickets;
    }

    /** All but CLOSED ones. */
    public long ongoing(AccountRange range) {
        return tickets.count(range, true);
    }
}
