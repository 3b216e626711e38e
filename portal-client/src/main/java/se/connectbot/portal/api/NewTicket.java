package se.connectbot.portal.api;

import org.jspecify.annotations.Nullable;

/**
 * The body of a new ticket. {@code priority} is required for SUPPORT and refused otherwise;
 * with no {@code accountId} the portal files it on the service's account, or the user's scope.
 */
public record NewTicket(
        TicketCategory category,
        String title,
        String message,
        @Nullable TicketPriority priority,
        @Nullable String serviceId,
        @Nullable String accountId) {
}
