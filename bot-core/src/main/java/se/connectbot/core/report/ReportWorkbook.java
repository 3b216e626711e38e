package se.connectbot.core.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.jspecify.annotations.Nullable;
import se.connectbot.core.i18n.Language;
import se.connectbot.core.i18n.Messages;
import se.connectbot.portal.api.ReportDefinition.Column;
import se.connectbot.portal.api.ReportDefinition.ColumnType;

/**
 * One report as an Excel workbook, written with POI's streaming {@link SXSSFWorkbook}: only the
 * last {@value #WINDOW} rows stay in memory, the rest go to POI's temporary file, deleted by
 * {@link #close()}. The first sheet holds the rows under a frozen, filterable header in the
 * reader's language, cells typed by their column (numbers, dates, amounts in SEK with two
 * decimals); column widths come from the column definitions, since auto-sizing reads every row
 * again (STACK.md trap 11). The second sheet holds the parameters. Not thread-safe: one per report.
 */
final class ReportWorkbook implements AutoCloseable {

    static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final int WINDOW = 100;

    private static final Map<ColumnType, Integer> WIDTHS = Map.of(
            ColumnType.TEXT, 22, ColumnType.NUMBER, 12, ColumnType.MONEY, 16, ColumnType.DATE, 12);

    private final SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);
    private final SXSSFSheet sheet;
    private final List<Column> columns;
    private final Messages messages;
    private final CellStyle plain;
    private final CellStyle header;
    private final CellStyle date;
    private final CellStyle dateTime;
    private final CellStyle money;
    private int rows;

    ReportWorkbook(List<Column> columns, Messages messages) {
        this.columns = List.copyOf(columns);
        this.messages = messages;
        this.sheet = workbook.createSheet(messages.get("report.sheet.rows"));
        // the workbook's default style, given to every text and number cell: a cell without a style of its own makes
        // SXSSF look for its column's default style in the sheet's XML beans (ColumnHelper), once per cell as the row
        // is flushed, a third of the time spent writing a report with column widths set (profiled, docs/benchmarks.md)
        this.plain = workbook.getCellStyleAt(0);
        this.header = headerStyle();
        this.date = format("yyyy-mm-dd");
        this.dateTime = format("yyyy-mm-dd hh:mm");
        // Excel's currency formats with a locale tag: shown as "1 234,50 kr" or "SEK 1,234.50" as the reader's Excel prefers
        this.money = format(messages.language() == Language.SV ? "#,##0.00 [$kr-41D]" : "[$SEK] #,##0.00");
        writeHeader();
    }

    /** The header of a column in the reader's language; the portal's (Swedish) title for a column we do not know. */
    static String title(Column column, Messages messages) {
        String known = messages.find("report.col." + column.key());
        return known != null ? known : column.title();
    }

    private void writeHeader() {
        Row row = sheet.createRow(0);
        for (int i = 0; i < columns.size(); i++) {
            Column column = columns.get(i);
            String title = title(column, messages);
            Cell cell = row.createCell(i);
            cell.setCellValue(title);
            cell.setCellStyle(header);
            int chars = Math.max(WIDTHS.get(column.type()), title.length() + 3);
            sheet.setColumnWidth(i, Math.min(chars, 60) * 256);
        }
        sheet.createFreezePane(0, 1);
    }

    /** Appends one row, cells in column order as the portal writes them ("" for none). */
    void append(List<String> cells) {
        Row row = sheet.createRow(++rows);
        for (int i = 0; i < columns.size() && i < cells.size(); i++) {
            String value = cells.get(i);
            if (!value.isEmpty()) {
                Cell cell = row.createCell(i);
                cell.setCellStyle(plain);
                write(cell, columns.get(i).type(), value);
            }
        }
    }

    private void write(Cell cell, ColumnType type, String value) {
        try {
            switch (type) {
                case NUMBER -> cell.setCellValue(new BigDecimal(value).doubleValue());
                case MONEY -> {
                    cell.setCellValue(new BigDecimal(value).doubleValue());
                    cell.setCellStyle(money);
                }
                case DATE -> {
                    cell.setCellValue(LocalDate.parse(value.length() > 10 ? value.substring(0, 10) : value));
                    cell.setCellStyle(date);
                }
                case TEXT -> cell.setCellValue(value);
            }
        } catch (NumberFormatException | DateTimeParseException e) {
            // a cell that breaks its column's type is kept as the portal wrote it rather than lost
            cell.setCellValue(value);
        }
    }

    int rows() {
        return rows;
    }

    /** The parameters sheet, then the whole workbook to {@code out}. */
    void finish(ReportParameters parameters, OutputStream out) {
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(rows, 1), 0, columns.size() - 1));
        writeParameters(parameters);
        try {
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void writeParameters(ReportParameters p) {
        Sheet params = workbook.createSheet(messages.get("report.sheet.parameters"));
        params.setColumnWidth(0, 24 * 256);
        params.setColumnWidth(1, 60 * 256);
        int at = 0;
        text(params.createRow(at++), "report.param.report", p.title());
        text(params.createRow(at++), "report.param.asked.by", p.askedBy());
        Row when = params.createRow(at++);
        when.createCell(0).setCellValue(messages.get("report.param.asked.at"));
        Cell whenCell = when.createCell(1);
        whenCell.setCellValue(p.askedAt());
        whenCell.setCellStyle(dateTime);
        text(params.createRow(at++), "report.param.accounts", p.accounts());
        text(params.createRow(at++), "report.param.period", p.period());
        text(params.createRow(at++), "report.param.filters", p.filters());
        Row count = params.createRow(at);
        count.createCell(0).setCellValue(messages.get("report.param.rows"));
        count.createCell(1).setCellValue(rows);
    }

    private void text(Row row, String labelKey, @Nullable String value) {
        row.createCell(0).setCellValue(messages.get(labelKey));
        row.createCell(1).setCellValue(value == null ? "" : value);
    }

    private CellStyle headerStyle() {
        Font bold = workbook.createFont();
        bold.setBold(true);
        CellStyle style = workbook.createCellStyle();
        style.setFont(bold);
        return style;
    }

    private CellStyle format(String pattern) {
        CellStyle style = workbook.createCellStyle();
        style.setDataFormat(workbook.createDataFormat().getFormat(pattern));
        return style;
    }

    /** Deletes POI's temporary files. */
    @Override
    public void close() {
        try {
            workbook.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What the parameters sheet says; the time is local (Europe/Stockholm), as Excel has no zones. */
    record ReportParameters(String title, String askedBy, LocalDateTime askedAt, String accounts, String period, String filters) {
    }
}
