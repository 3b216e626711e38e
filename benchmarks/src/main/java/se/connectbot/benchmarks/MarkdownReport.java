package se.connectbot.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * A benchmark's results as Markdown: a title, the machine, date and load, then sections of text
 * and tables. Written to its file again after every change, so a run that dies half-way still
 * leaves what it measured; printed whole at the end. Not thread-safe: one writer.
 */
public final class MarkdownReport {

    private final List<Object> sections = new ArrayList<>();
    private final Path file;

    private MarkdownReport(Path file) {
        this.file = file;
    }

    /** Starts a report with the machine, the date and the load average now. */
    public static MarkdownReport start(Path file, String title, String command, Clock clock) {
        MarkdownReport report = new MarkdownReport(file);
        report.sections.add("# " + title + "\n\n"
                + "- command: `" + command + "`\n"
                + "- machine: " + Machine.current().describe() + "\n"
                + "- started: " + Machine.now(clock) + ", load average (1/5/15 min) " + Machine.loadAverage() + "\n\n");
        report.flush();
        return report;
    }

    public MarkdownReport heading(String heading) {
        sections.add("## " + heading + "\n\n");
        return flush();
    }

    public MarkdownReport paragraph(String paragraph) {
        sections.add(paragraph + "\n\n");
        return flush();
    }

    /** A table, empty for now: rows added to it later appear in the file at once. */
    public Table table(List<String> headers) {
        Table table = new Table(List.copyOf(headers));
        sections.add(table);
        flush();
        return table;
    }

    /** Closes the report with the time and the load average at the end, and prints it. */
    public MarkdownReport finish(Clock clock) {
        sections.add("Finished " + Machine.now(clock) + ", load average (1/5/15 min) " + Machine.loadAverage() + ".\n");
        flush();
        System.out.println("\n" + this + "\n(written to " + file.toAbsolutePath() + ")");
        return this;
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        sections.forEach(text::append);
        return text.toString();
    }

    private MarkdownReport flush() {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, toString());
        } catch (IOException e) {
            throw new UncheckedIOException("could not write " + file, e);
        }
        return this;
    }

    /** A table of the report; every row has as many cells as there are headers. */
    public final class Table {

        private final List<String> headers;
        private final List<List<String>> rows = new ArrayList<>();

        private Table(List<String> headers) {
            this.headers = headers;
        }

        public Table add(List<String> row) {
            if (row.size() != headers.size()) {
                throw new IllegalArgumentException("a row has " + row.size() + " cells but the table " + headers.size() + ": " + row);
            }
            rows.add(List.copyOf(row));
            flush();
            return this;
        }

        @Override
        public String toString() {
            StringBuilder text = new StringBuilder(line(headers)).append(line(headers.stream().map(h -> "---").toList()));
            rows.forEach(row -> text.append(line(row)));
            return text.append('\n').toString();
        }

        private static String line(List<String> cells) {
            return "| " + String.join(" | ", cells.stream().map(c -> c.replace("|", "\\|")).toList()) + " |\n";
        }
    }
}
