package se.connectbot.sandbox.ticket;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import se.connectbot.portal.api.TicketCategory;
import se.connectbot.portal.api.TicketPriority;
import se.connectbot.sandbox.web.ApiId;
import se.connectbot.sandbox.web.PlainText;
import se.connectbot.sandbox.web.SingleLine;

/** The wire bodies of the ticket writes ({@code NewTicket}, {@code TicketReply} of the contract), validated. */
final class TicketBodies {

    static final int MAX_TITLE = 120;
    static final int MAX_MESSAGE = 4000;

    private TicketBodies() {
    }

    record NewTicketBody(
            @NotNull @Nullable TicketCategory category,
            @NotBlank @Size(max = MAX_TITLE) @SingleLine @Nullable String title,
            @NotBlank @Size(max = MAX_MESSAGE) @PlainText @Nullable String message,
            @Nullable TicketPriority priority,
            @ApiId @Nullable String serviceId,
            @ApiId @Nullable String accountId) {
    }

    record ReplyBody(@NotBlank @Size(max = MAX_MESSAGE) @PlainText @Nullable String message) {
    }
}
