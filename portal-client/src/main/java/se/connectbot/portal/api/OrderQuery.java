package se.connectbot.portal.api;

import org.jspecify.annotations.Nullable;

/** Filters and paging for orders; {@code ongoing} keeps only RECEIVED and IN_PROGRESS. Newest first. */
public record OrderQuery(boolean ongoing, @Nullable String accountId, int page, int size) {

    public static OrderQuery ongoingOnly() {
        return new OrderQuery(true, null, 0, Page.DEFAULT_SIZE);
    }
}
