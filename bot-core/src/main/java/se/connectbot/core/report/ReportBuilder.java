package se.connectbot.core.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import se.connectbot.core.chat.ChatUser;
import se.connectbot.core.files.FileStore;
import se.connectbot.core.files.StoredFile;
import se.connectbot.core.i18n.Messages;
import se.connectbot.core.rights.Capability;
import se.connectbot.portal.api.ReportDefinition;
import se.connectbot.portal.api.ReportPage;

/**
 * Builds a report file: reads the portal's slices one after another, keeps the rows the
 * {@link ReportRows} keep, writes them through a {@link ReportWorkbook} into a temporary file and
 * streams that into the {@link FileStore}. Holds one slice and POI's window in memory, whatever
 * the report's length. When the portal fails midway, nothing is stored and the temporary files
 * are deleted: no half report is ever delivered. Thread-safe (each call has its own workbook).
 */
@Component
class ReportBuilder {

    private final FileStore files;

    ReportBuilder(FileStore files) {
        this.files = files;
    }

    /** Where the rows come from: the portal's slice after {@code cursor} (null for the first). */
    @FunctionalInterface
    interface Slices {
        ReportPage after(@Nullable String cursor);
    }

    /** Told after each slice how many rows are written so far; may do nothing. */
    @FunctionalInterface
    interface Progress {
        void written(int rows, boolean more);
    }

    /** The report that was built: its stored file and how many rows it holds. */
    record Built(StoredFile file, int rows) {
    }

    Built build(ChatUser owner, ReportDefinition definition, ReportRows which, Messages messages,
                ReportWorkbook.ReportParameters parameters, String fileName, Slices slices, Progress progress) {
        Path temp = tempFile();
        try {
            int rows = write(definition.columns(), which, messages, parameters, slices, progress, temp);
            StoredFile file = files.save(owner, Capability.VIEW_REPORTS, fileName, ReportWorkbook.CONTENT_TYPE, temp);
            return new Built(file, rows);
        } finally {
            delete(temp);
        }
    }

    private static int write(List<ReportDefinition.Column> columns, ReportRows which, Messages messages,
                             ReportWorkbook.ReportParameters parameters, Slices slices, Progress progress, Path temp) {
        try (ReportWorkbook workbook = new ReportWorkbook(columns, messages); OutputStream out = Files.newOutputStream(temp)) {
            ReportRows.Filter filter = which.filter(columns);
            String cursor = null;
            do {
                ReportPage page = slices.after(cursor);
                for (List<String> row : page.rows()) {
                    if (filter.keeps(row)) {
                        workbook.append(row);
                    }
                }
                cursor = page.nextCursor();
                progress.written(workbook.rows(), cursor != null);
            } while (cursor != null);
            workbook.finish(parameters, out);
            return workbook.rows();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path tempFile() {
        try {
            return Files.createTempFile("connectbot-report-", ".xlsx");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path temp) {
        try {
            Files.deleteIfExists(temp);
        } catch (IOException e) {
            temp.toFile().deleteOnExit();
        }
    }
}
