package se.connectbot.portal.api;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A slice of a report's rows, cells in column order as strings (numbers with a dot, dates ISO).
 * Read on with {@code nextCursor} until it is null.
 */
public record ReportPage(ReportKind kind, List<ReportDefinition.Column> columns, List<List<String>> rows, @Nullable String nextCursor) {

    /** Rows per slice when none is asked for (the contract's {@code size} default). */
    public static final int DEFAULT_SIZE = 500;
    /** The most rows a slice may be asked for (the contract's {@code size} maximum). */
    public static final int MAX_SIZE = 5000;

    public ReportPage {
        columns = List.copyOf(columns);
        rows = rows.stream().map(List::copyOf).toList();
    }
}
