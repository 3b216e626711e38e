package se.connectbot.portal.api;

import java.util.List;

/** A report kind with its column headers, in the portal's (Swedish) wording. */
public record ReportDefinition(ReportKind kind, String title, List<Column> columns) {

    public ReportDefinition {
        columns = List.copyOf(columns);
    }

    /** A column: its key, its title and the type of its cells. */
    public record Column(String key, String title, ColumnType type) {
    }

    public enum ColumnType { TEXT, NUMBER, MONEY, DATE }
}
