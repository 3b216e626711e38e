package se.connectbot.sandbox.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import se.connectbot.portal.api.ReportDefinition;

/** Report cells as the contract writes them: numbers with a dot, dates ISO, nothing as "". */
public final class Cells {

    private Cells() {
    }

    public static String text(@Nullable Object value) {
        return value == null ? "" : value.toString();
    }

    public static String money(@Nullable BigDecimal amount) {
        return amount == null ? "" : amount.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    public static String date(@Nullable LocalDate date) {
        return date == null ? "" : date.toString();
    }

    public static ReportDefinition.Column column(String key, String title, ReportDefinition.ColumnType type) {
        return new ReportDefinition.Column(key, title, type);
    }
}
