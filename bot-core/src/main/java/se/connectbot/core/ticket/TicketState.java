package se.connectbot.core.ticket;

import org.jspecify.annotations.Nullable;
import se.connectbot.portal.api.Ticket;
import se.connectbot.portal.api.TicketCategory;
import se.connectbot.portal.api.TicketPriority;

/**
 * A new ticket in progress. {@code serviceDecided} is true once the user picked a service or
 * skipped it; {@code serviceSearch} holds a search with several matches, to choose among.
 */
record TicketState(
        @Nullable TicketCategory category,
        boolean serviceDecided,
        @Nullable String serviceId,
        @Nullable String serviceLabel,
        @Nullable String serviceSearch,
        @Nullable TicketPriority priority,
        @Nullable String title,
        @Nullable String message,
        @Nullable String ticketNumber) {

    static final TicketState EMPTY = new TicketState(null, false, null, null, null, null, null, null, null);

    TicketState withCategory(@Nullable TicketCategory newCategory) {
        return new TicketState(newCategory, serviceDecided, serviceId, serviceLabel, serviceSearch, priority, title, message, null);
    }

    TicketState withService(@Nullable String id, @Nullable String label) {
        return new TicketState(category, true, id, label, null, priority, title, message, null);
    }

    TicketState withServiceSearch(String search) {
        return new TicketState(category, false, null, null, search, priority, title, message, null);
    }

    TicketState withoutService() {
        return new TicketState(category, false, null, null, null, priority, title, message, null);
    }

    TicketState withPriority(@Nullable TicketPriority newPriority) {
        return new TicketState(category, serviceDecided, serviceId, serviceLabel, serviceSearch, newPriority, title, message, null);
    }

    TicketState withTitle(@Nullable String newTitle) {
        return new TicketState(category, serviceDecided, serviceId, serviceLabel, serviceSearch, priority, newTitle, message, null);
    }

    TicketState withMessage(@Nullable String newMessage) {
        return new TicketState(category, serviceDecided, serviceId, serviceLabel, serviceSearch, priority, title, newMessage, null);
    }

    TicketState withTicket(Ticket ticket) {
        return new TicketState(category, serviceDecided, serviceId, serviceLabel, null, priority, title, message, ticket.number());
    }

    /** The priority the portal gets: only support tickets take one. */
    @Nullable TicketPriority effectivePriority() {
        return category != null && category.takesPriority() ? priority : null;
    }
}
