package se.connectbot.benchmarks;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import se.connectbot.core.chat.BotEngine;
import se.connectbot.core.chat.Platform;
import se.connectbot.core.files.FileStore;
import se.connectbot.core.linking.AccountLinking;
import se.connectbot.core.reply.Block;
import se.connectbot.core.report.ReportProperties;
import se.connectbot.coretesting.ChatTranscript;
import se.connectbot.coretesting.Replies;
import se.connectbot.coretesting.SandboxBotApplication;
import se.connectbot.coretesting.SandboxPortal;
import se.connectbot.coretesting.SandboxSignIn;
import se.connectbot.portal.api.PortalApi;
import se.connectbot.portal.api.ReportDefinition;
import se.connectbot.portal.api.ReportKind;
import se.connectbot.portal.api.ReportPage;
import se.connectbot.portal.api.UserPortal;

/**
 * A 100,000-row report (issue 12): the sandbox with its large data (a process of its own), the
 * core in this JVM; from {@code rapport tjänster alla allt} to the delivered file read back from
 * the file store, against POI's SXSSF writing the same rows alone (fetched beforehand), in the
 * same run. Time by the wall clock; heap as the peak of the heap pools above what was in use
 * before (after a GC), so the rows fetched for the baseline count for neither; the JVM runs with
 * {@code -Xmx256m} (through {@code JAVA_TOOL_OPTIONS}, the sandbox with its own {@code -Xmx3g}), so
 * the goal is held as a limit. Writes {@code target/benchmark-report.md}.
 */
@Tag("benchmark")
class ReportBenchmark {

    static final String COMMAND = "JAVA_TOOL_OPTIONS=-Xmx256m mvn -B -pl benchmarks -am verify -Dgroups=benchmark -DexcludedGroups=none "
            + "-Dtest=ReportBenchmark -Dsurefire.failIfNoSpecifiedTests=false -Dbenchmark.jvm-options=-Xmx3g";

    private static final Clock CLOCK = Clock.systemUTC();
    private static final String CRYPTO_KEY = "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=";

    @Test
    void aLargeReportFromRequestToDeliveredFile() throws IOException {
        Path folder = Settings.freshFolder("report");
        // Anna sees about a third of the sandbox's services: 300,000 of them make her report about 100,000 rows
        int services = Integer.getInteger("benchmark.report-services", 300_000);
        String size = "--sandbox.demo.services=" + services;
        int port = FreePort.pick();
        Files.createDirectories(folder.resolve("tmp"));
        try (JavaProcess sandbox = JavaProcess.start(Settings.sandboxJar(),
                Settings.childJvmOptions("-Djava.io.tmpdir=" + folder.resolve("tmp")),
                List.of("--server.port=" + port, "--embedded-db.data-directory=" + folder.resolve("pgdata"), size),
                folder.resolve("sandbox.log"), CLOCK)) {
            URI base = URI.create("http://localhost:" + port);
            sandbox.awaitHttpOk(base.resolve("/login"), Duration.ofMinutes(10));
            try (ConfigurableApplicationContext bot = bot(base)) {
                measure(bot, folder);
            }
        }
        if (!Settings.keepData()) {
            Settings.delete(folder);
        }
    }

    private static void measure(ConfigurableApplicationContext bot, Path folder) throws IOException {
        MarkdownReport report = MarkdownReport.start(Settings.output().resolve("benchmark-report.md"),
                "A 100,000-row report: request to delivered file, against SXSSF alone", COMMAND, CLOCK);
        ChatTranscript chat = ChatTranscript.on(bot.getBean(BotEngine.class), Platform.WEB).locale(Locale.forLanguageTag("sv-SE"))
                .signInAs("anna.admin@nordkust.se", SandboxSignIn.driver(bot.getBean(AccountLinking.class)));
        UserPortal portal = bot.getBean(PortalApi.class).forUser(bot.getBean(AccountLinking.class).tokens(chat.user()));
        chat.send("rapport tjänster alla 2000"); // warm-up: the same path, few rows

        Heap heap = Heap.start();
        long start = System.nanoTime();
        chat.send("rapport tjänster alla allt");
        Block.Attachment file = Replies.blocks(chat.reply(), Block.Attachment.class).get(0);
        byte[] delivered = bot.getBean(FileStore.class).content(file.file()).orElseThrow();
        Duration whole = Duration.ofNanos(System.nanoTime() - start);
        long wholeHeap = heap.peakMb();

        int slice = bot.getBean(ReportProperties.class).sliceSize(); // the same slices as the bot's
        List<List<String>> rows = new ArrayList<>();
        ReportDefinition definition = portal.reports().stream().filter(d -> d.kind() == ReportKind.SERVICES).findFirst().orElseThrow();
        long fetchStart = System.nanoTime();
        String cursor = null;
        do {
            ReportPage page = portal.report(ReportKind.SERVICES, cursor, slice);
            rows.addAll(page.rows());
            cursor = page.nextCursor();
        } while (cursor != null);
        Duration fetch = Duration.ofNanos(System.nanoTime() - fetchStart);

        Heap alone = Heap.start();
        long writeStart = System.nanoTime();
        long bytes = sxssfAlone(definition, rows, folder.resolve("alone.xlsx"));
        Duration write = Duration.ofNanos(System.nanoTime() - writeStart);
        long aloneHeap = alone.peakMb();

        report.paragraph("Sandbox `--sandbox.demo.services=" + Integer.getInteger("benchmark.report-services", 300_000)
                + "` as a process of its own; the core in the benchmark's JVM (max heap "
                + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB), Anna's services report, " + rows.size() + " rows.");
        report.table(List.of("what", "time", "peak heap above start", "file"))
                .add(List.of("request → delivered file (portal slices of " + slice + ", SXSSF, file store)", millis(whole), wholeHeap + " MB",
                        delivered.length / 1024 + " KB"))
                .add(List.of("fetching the same rows alone (portal slices of " + slice + ")", millis(fetch), "–", "–"))
                .add(List.of("POI SXSSF writing the same rows alone", millis(write), aloneHeap + " MB", bytes / 1024 + " KB"));
        report.paragraph(String.format(Locale.ROOT, "Whole path / SXSSF alone: %.2f×; whole path / (fetch + SXSSF alone): %.2f×.",
                (double) whole.toMillis() / write.toMillis(), (double) whole.toMillis() / (fetch.toMillis() + write.toMillis())));
        report.finish(CLOCK);
        System.out.println(report);
    }

    /** The rows into an SXSSF workbook as plainly as POI allows: typed cells, window 100, no styles. */
    private static long sxssfAlone(ReportDefinition definition, List<List<String>> rows, Path out) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(100); OutputStream stream = Files.newOutputStream(out)) {
            SXSSFSheet sheet = workbook.createSheet("Rapport");
            int at = 0;
            for (List<String> cells : rows) {
                Row row = sheet.createRow(at++);
                for (int i = 0; i < cells.size(); i++) {
                    String value = cells.get(i);
                    if (value.isEmpty()) {
                        continue;
                    }
                    switch (definition.columns().get(i).type()) {
                        case NUMBER, MONEY -> row.createCell(i).setCellValue(new BigDecimal(value).doubleValue());
                        case DATE -> row.createCell(i).setCellValue(LocalDate.parse(value));
                        case TEXT -> row.createCell(i).setCellValue(value);
                    }
                }
            }
            workbook.write(stream);
        }
        return Files.size(out);
    }

    private static ConfigurableApplicationContext bot(URI sandbox) {
        return new SpringApplicationBuilder(SandboxBotApplication.class).web(WebApplicationType.NONE)
                .properties("embedded-db.database=bench_report", "spring.main.banner-mode=off",
                        "connectbot.portal.base-url=" + sandbox,
                        "connectbot.portal.client-id=" + SandboxPortal.CLIENT_ID,
                        "connectbot.portal.client-secret=" + SandboxPortal.CLIENT_SECRET,
                        "connectbot.crypto.key=" + CRYPTO_KEY)
                .run();
    }

    private static String millis(Duration duration) {
        return String.format(Locale.ROOT, "%.1f s", duration.toMillis() / 1000.0);
    }

    /** The heap pools' peak use from now on, above their use now (after a GC). */
    private record Heap(long before) {

        static Heap start() {
            System.gc();
            long used = 0;
            for (MemoryPoolMXBean pool : heapPools()) {
                pool.resetPeakUsage();
                used += pool.getUsage().getUsed();
            }
            return new Heap(used);
        }

        long peakMb() {
            long peak = heapPools().stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
            return Math.max(0, peak - before) / (1024 * 1024);
        }

        private static List<MemoryPoolMXBean> heapPools() {
            return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP).toList();
        }
    }
}
