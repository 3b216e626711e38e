package se.connectbot.core.ticket;

import java.util.Optional;
import se.connectbot.portal.api.Page;
import se.connectbot.portal.api.PortalError;
import se.connectbot.portal.api.PortalException;
import se.connectbot.portal.api.Ticket;
import se.connectbot.portal.api.TicketQuery;
import se.connectbot.portal.api.UserPortal;

/** Finds one of the user's tickets, with its thread, by id or by the number people quote. Stateless. */
final class TicketFinder {

    private static final int PAGES = 5;
    private static final int PAGE_SIZE = 100;

    private TicketFinder() {
    }

    static Optional<Ticket> find(UserPortal portal, String reference) {
        try {
            return Optional.of(portal.ticket(reference));
        } catch (PortalException e) {
            if (e.error() != PortalError.NOT_FOUND && e.error() != PortalError.INVALID_INPUT) {
                throw e;
            }
        }
        return byNumber(portal, reference).map(t -> portal.ticket(t.id()));
    }

    private static Optional<Ticket> byNumber(UserPortal portal, String number) {
        for (int page = 0; page < PAGES; page++) {
            Page<Ticket> tickets = portal.tickets(new TicketQuery(false, null, page, PAGE_SIZE));
            Optional<Ticket> found = tickets.items().stream().filter(t -> t.number().equalsIgnoreCase(number)).findFirst();
            if (found.isPresent() || !tickets.hasNext()) {
                return found;
            }
        }
        return Optional.empty();
    }
}
