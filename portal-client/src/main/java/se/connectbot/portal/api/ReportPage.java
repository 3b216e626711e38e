package se.connectbot.portal.api;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A slice of a report's rows, cells in column order as strings (numbers with a dot, dates ISO).
 * Read on with {@code nextCursor} until it is null.
 */
public record ReportPage(ReportKind kind, List<ReportDefinition.Column> columns, List<List<String>> rows, @Nullable String nextCursor) {

    public ReportPage {
        columns = List.copyOf(columns);
        rows = rows.stream().map(List::copyOf).toList();
    }
}
