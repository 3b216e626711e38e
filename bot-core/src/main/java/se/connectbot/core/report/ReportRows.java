package se.connectbot.core.report;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import se.connectbot.core.i18n.Folding;
import se.connectbot.portal.api.ReportDefinition.Column;
import se.connectbot.portal.api.ReportKind;

/**
 * Which of the portal's rows go into a report: those of the chosen accounts (by the rows' account
 * column) within the period (by the kind's date column). The portal has already left out all
 * that the user may not see; this only narrows. Immutable.
 *
 * @param accounts the folded names of the accounts to keep; null keeps every account
 */
record ReportRows(ReportKind kind, @Nullable Set<String> accounts, @Nullable Period period) {

    /** The column whose date places a row in a period: when the service started, the invoice was issued, the month used, the ticket was opened. */
    private static final Map<ReportKind, String> DATE_COLUMN = Map.of(
            ReportKind.SERVICES, "startDate", ReportKind.INVOICES, "issueDate",
            ReportKind.MOBILE_USAGE, "month", ReportKind.TICKETS, "createdAt");

    ReportRows {
        accounts = accounts == null ? null : Set.copyOf(accounts);
    }

    /** A test of rows laid out in {@code columns}. */
    Filter filter(List<Column> columns) {
        int account = indexOf(columns, "accountName");
        int date = indexOf(columns, DATE_COLUMN.get(kind));
        return row -> (accounts == null || account < 0 || accounts.contains(Folding.fold(row.get(account))))
                && (period == null || date < 0 || inPeriod(row.get(date)));
    }

    private boolean inPeriod(String cell) {
        if (cell.isEmpty()) {
            return false;
        }
        try {
            LocalDate day = cell.length() == 7 ? YearMonth.parse(cell).atDay(1) : LocalDate.parse(cell.substring(0, 10));
            return period.contains(day);
        } catch (DateTimeParseException | StringIndexOutOfBoundsException e) {
            return false;
        }
    }

    private static int indexOf(List<Column> columns, String key) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).key().equals(key)) {
                return i;
            }
        }
        return -1;
    }

    @FunctionalInterface
    interface Filter {
        boolean keeps(List<String> row);
    }
}
