package se.connectbot.portal.api;

import org.jspecify.annotations.Nullable;

/** Filters and paging for tickets; {@code ongoing} leaves out CLOSED ones. Newest first. */
public record TicketQuery(boolean ongoing, @Nullable String accountId, int page, int size) {

    public static TicketQuery ongoingOnly() {
        return new TicketQuery(true, null, 0, Page.DEFAULT_SIZE);
    }
}
