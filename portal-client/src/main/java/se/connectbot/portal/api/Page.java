package se.connectbot.portal.api;

import java.util.List;

/**
 * One page of a list. Pages are numbered from 0; the portal's default size is 20.
 *
 * @param items         the rows of this page
 * @param page          this page's number, from 0
 * @param size          the requested page size
 * @param totalItems    how many rows match in all
 * @param totalPages    how many pages there are at this size
 */
public record Page<T>(List<T> items, int page, int size, long totalItems, int totalPages) {

    public static final int DEFAULT_SIZE = 20;

    public Page {
        items = List.copyOf(items);
    }

    public boolean hasNext() {
        return page + 1 < totalPages;
    }
}
