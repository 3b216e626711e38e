package se.connectbot.core.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import se.connectbot.core.chat.ChatUser;
import se.connectbot.core.files.FileStore;
import se.connectbot.core.files.StoredFile;
import se.connectbot.core.i18n.Messages;
import se.connectbot.portal.api.ReportDefinition;
import se.connectbot.portal.api.ReportPage;

/**
 * Builds a report file: reads the portal's slices one after another, keeps the rows the
 * {@link ReportRows} keep, writes them through a {@link ReportWorkbook} into a temporary file and
 * streams that into the {@link FileStore}. Holds one slice and POI's window in memory, whatever
 * the report's length (two slices while the next is read ahead, on a virtual thread of the
 * call's own). When the portal fails midway, nothing is stored and the temporary files are
 * deleted: no half report is ever delivered. Thread-safe (each call has its own workbook); the
 * {@link Slices} must be callable from another thread.
 */
@Component
class ReportBuilder {

    private final FileStore files;

    ReportBuilder(FileStore files) {
        this.files = files;
    }

    /** Where the rows come from: the portal's slice after {@code cursor} (null for the first); called from a reader thread. */
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
            // kept for the report's right and its data's, both checked again whenever the file is read through a link
            StoredFile file = files.save(owner, ReportKinds.fileRight(definition.kind()), fileName, ReportWorkbook.CONTENT_TYPE, temp);
            return new Built(file, rows);
        } finally {
            delete(temp);
        }
    }

    private static int write(List<ReportDefinition.Column> columns, ReportRows which, Messages messages,
                             ReportWorkbook.ReportParameters parameters, Slices slices, Progress progress, Path temp) {
        try (ReportWorkbook workbook = new ReportWorkbook(columns, messages); OutputStream out = Files.newOutputStream(temp);
             ExecutorService reader = Executors.newVirtualThreadPerTaskExecutor()) {
            ReportRows.Filter filter = which.filter(columns);
            Future<ReportPage> next = reader.submit(() -> slices.after(null));
            try {
                while (next != null) {
                    ReportPage page = await(next);
                    // the portal reads the next slice while this one is written: the time is about the longer of the two, not their sum
                    next = page.nextCursor() == null ? null : reader.submit(() -> slices.after(page.nextCursor()));
                    for (List<String> row : page.rows()) {
                        if (filter.keeps(row)) {
                            workbook.append(row);
                        }
                    }
                    progress.written(workbook.rows(), next != null);
                }
            } finally {
                if (next != null) {
                    next.cancel(true);
                }
            }
            workbook.finish(parameters, out);
            return workbook.rows();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The slice, or the portal's own exception (a {@code PortalException} stays one). */
    private static ReportPage await(Future<ReportPage> slice) {
        try {
            return slice.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException("reading a report slice failed", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading a report slice", e);
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
