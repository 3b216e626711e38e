package se.connectbot.portal.api;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A ticket (ärende).
 *
 * @param number   the ticket number people quote, e.g. {@code ARD-2026-000042}
 * @param priority set for SUPPORT tickets only
 * @param messages the thread, oldest first; present on the single-ticket read, empty in lists
 */
public record Ticket(
        String id,
        String number,
        TicketCategory category,
        @Nullable TicketPriority priority,
        TicketStatus status,
        String title,
        String accountId,
        @Nullable String serviceId,
        Instant createdAt,
        Instant updatedAt,
        String createdBy,
        List<Message> messages) {

    public Ticket {
        messages = messages == null ? List.of() : List.copyOf(messages);
    }

    /** One message of the thread; {@code fromSupport} tells the support desk's from the customer's. */
    public record Message(String id, String author, boolean fromSupport, String text, Instant sentAt) {
    }
}
