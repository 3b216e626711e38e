package se.connectbot.sandbox.web;

import java.util.List;
import se.connectbot.portal.api.Page;

/**
 * A requested page: number from 0 and size. Controllers validate both with Bean Validation
 * before building one; the constructor only guards against programming errors.
 */
public record Paging(int page, int size) {

    public static final int MAX_SIZE = 100;

    public Paging {
        if (page < 0 || size < 1) {
            throw new IllegalArgumentException("page must be >= 0 and size >= 1 but were " + page + " and " + size);
        }
    }

    public long offset() {
        return (long) page * size;
    }

    public <T> Page<T> page(List<T> items, long totalItems) {
        int totalPages = (int) ((totalItems + size - 1) / size);
        return new Page<>(items, page, size, totalItems, totalPages);
    }
}
