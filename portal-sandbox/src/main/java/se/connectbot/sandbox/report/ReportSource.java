package se.connectbot.sandbox.report;

import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import se.connectbot.portal.api.ReportDefinition;
import se.connectbot.portal.api.Right;
import se.connectbot.sandbox.account.AccountRange;

/**
 * One report kind: its definition, the right needed to see its data (besides VIEW_REPORTS),
 * and its rows in a stable order, read on from a row key. Implementations are thread-safe.
 */
public interface ReportSource {

    ReportDefinition definition();

    Right dataRight();

    /**
     * Up to {@code size} rows after the row keyed {@code after} (from the start when null),
     * within {@code range}.
     */
    Slice rows(AccountRange range, @Nullable String after, int size);

    /**
     * Rows, cells in column order ("" for none), and the key of the last row when more may
     * follow, else null.
     */
    record Slice(List<List<String>> rows, @Nullable String lastKey) {

        public Slice {
            rows = List.copyOf(rows);
        }

        /**
         * The first {@code size} of {@code rows}, read with one extra row to learn whether more
         * follow; the last row's key by {@code key} when they do.
         */
        public static Slice cut(List<List<String>> rows, int size, Function<List<String>, String> key) {
            if (rows.size() <= size) {
                return new Slice(rows, null);
            }
            List<List<String>> page = rows.subList(0, size);
            return new Slice(page, key.apply(page.get(size - 1)));
        }
    }
}
