package se.connectbot.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import se.connectbot.core.i18n.Language;
import se.connectbot.core.i18n.Messages;
import se.connectbot.portal.api.ReportDefinition.Column;
import se.connectbot.portal.api.ReportDefinition.ColumnType;

/** A report workbook read back with POI: headers in both languages, typed cells, frozen filterable header, parameters. */
class ReportWorkbookTest {

    private static final List<Column> COLUMNS = List.of(
            new Column("number", "Fakturanummer", ColumnType.TEXT),
            new Column("issueDate", "Fakturadatum", ColumnType.DATE),
            new Column("total", "Att betala", ColumnType.MONEY),
            new Column("dataUsedMb", "Data (MB)", ColumnType.NUMBER),
            new Column("somethingNew", "Något nytt", ColumnType.TEXT));
    private static final ReportWorkbook.ReportParameters PARAMETERS = new ReportWorkbook.ReportParameters("Fakturor",
            "Anna Lindqvist (anna.admin@nordkust.se)", LocalDateTime.of(2026, 12, 5, 9, 30), "Göteborg med underkonton",
            "2026-01-01 – 2026-06-30", "Inga");

    @Test
    void writesTypedCellsUnderAFrozenFilterableHeaderInSwedish() throws IOException {
        try (XSSFWorkbook book = write(Language.SV, List.of(
                List.of("5001002", "2026-11-01", "1234.50", "7373", "x"),
                List.of("5001003", "", "-10.00", "", "y"),
                List.of("5001004", "not a date", "12", "3.5", "")))) {
            XSSFSheet rows = book.getSheetAt(0);
            assertThat(book.getSheetName(0)).isEqualTo("Rapport");
            assertThat(header(rows)).containsExactly("Nummer", "Fakturadatum", "Att betala", "Data (MB)", "Något nytt");
            assertThat(rows.getLastRowNum()).isEqualTo(3);
            Row first = rows.getRow(1);
            assertThat(first.getCell(0).getCellType()).isEqualTo(CellType.STRING);
            assertThat(first.getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(DateUtil.isCellDateFormatted(first.getCell(1))).isTrue();
            assertThat(first.getCell(1).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2026, 11, 1));
            assertThat(first.getCell(2).getNumericCellValue()).isEqualTo(1234.50);
            assertThat(first.getCell(2).getCellStyle().getDataFormatString()).contains("#,##0.00").contains("kr");
            assertThat(first.getCell(3).getNumericCellValue()).isEqualTo(7373);
            assertThat(first.getCell(0).getCellStyle().getIndex()).as("text and numbers in the default style").isZero();
            assertThat(first.getCell(3).getCellStyle().getIndex()).isZero();
            assertThat(rows.getRow(3).getCell(1).getCellStyle().getIndex()).as("a date cell kept as text looks like text").isZero();
            assertThat(rows.getRow(2).getCell(1)).as("an empty cell stays empty").isNull();
            assertThat(rows.getRow(3).getCell(1).getStringCellValue()).as("a cell breaking its type is kept as text").isEqualTo("not a date");
            assertThat(rows.getPaneInformation().isFreezePane()).isTrue();
            assertThat(rows.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
            assertThat(rows.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:E4");
            assertThat(rows.getColumnWidth(2)).as("from the column definition").isEqualTo(16 * 256);
            assertThat(rows.getColumnWidth(0)).isEqualTo(22 * 256);
        }
    }

    @Test
    void writesEnglishHeadersAndASekFormat() throws IOException {
        try (XSSFWorkbook book = write(Language.EN, List.of(List.of("5001002", "2026-11-01", "1234.50", "7373", "x")))) {
            assertThat(book.getSheetName(0)).isEqualTo("Report");
            assertThat(header(book.getSheetAt(0))).containsExactly("Number", "Invoice date", "Total", "Data (MB)", "Något nytt");
            assertThat(book.getSheetAt(0).getRow(1).getCell(2).getCellStyle().getDataFormatString()).contains("SEK").contains("#,##0.00");
            assertThat(book.getSheetName(1)).isEqualTo("Parameters");
        }
    }

    @Test
    void listsTheParametersOnASecondSheet() throws IOException {
        try (XSSFWorkbook book = write(Language.SV, List.of(List.of("1", "2026-01-01", "1", "1", ""), List.of("2", "2026-01-02", "2", "2", "")))) {
            XSSFSheet parameters = book.getSheet("Parametrar");
            assertThat(cells(parameters, 0)).containsExactly("Rapport", "Fakturor");
            assertThat(cells(parameters, 1)).containsExactly("Beställd av", "Anna Lindqvist (anna.admin@nordkust.se)");
            assertThat(parameters.getRow(2).getCell(1).getLocalDateTimeCellValue()).isEqualTo(LocalDateTime.of(2026, 12, 5, 9, 30));
            assertThat(cells(parameters, 3)).containsExactly("Konton", "Göteborg med underkonton");
            assertThat(cells(parameters, 4)).containsExactly("Period", "2026-01-01 – 2026-06-30");
            assertThat(parameters.getRow(6).getCell(1).getNumericCellValue()).isEqualTo(2);
        }
    }

    @Test
    void deletesItsTemporaryFilesWhenClosed() throws IOException {
        ReportWorkbook workbook = new ReportWorkbook(COLUMNS, Messages.of(Language.SV));
        for (int i = 0; i < 500; i++) {
            workbook.append(List.of(Integer.toString(i), "2026-01-01", "1.00", "1", "x"));
        }
        assertThat(poiTempFiles()).isNotEmpty();
        workbook.finish(PARAMETERS, new ByteArrayOutputStream());
        workbook.close();
        assertThat(poiTempFiles()).isEmpty();
    }

    private static List<Path> poiTempFiles() throws IOException {
        Path dir = Path.of(System.getProperty("java.io.tmpdir"), "poifiles");
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().startsWith("poi-sxssf-sheet")).toList();
        }
    }

    private static XSSFWorkbook write(Language language, List<List<String>> rows) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ReportWorkbook workbook = new ReportWorkbook(COLUMNS, Messages.of(language))) {
            rows.forEach(workbook::append);
            workbook.finish(PARAMETERS, out);
        }
        return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    }

    private static List<String> header(XSSFSheet sheet) {
        return cells(sheet, 0);
    }

    private static List<String> cells(XSSFSheet sheet, int row) {
        List<String> values = new java.util.ArrayList<>();
        sheet.getRow(row).forEach(c -> values.add(c.getStringCellValue()));
        return values;
    }
}
