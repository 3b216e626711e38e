package se.connectbot.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * An application jar started with {@code java -jar} as a process of its own, as people run it,
 * its output going to a log file. Closing it stops it the way Ctrl-C does (SIGTERM, so its
 * shutdown hooks stop the embedded PostgreSQL) and waits for it to end; a process still alive
 * when this JVM exits is killed. Not thread-safe.
 */
public final class JavaProcess implements AutoCloseable {

    private static final Duration POLL = Duration.ofMillis(50);

    private final Process process;
    private final Path log;
    private final Instant spawnedAt;
    private final long spawnedNanos;
    private final Thread killer;

    private JavaProcess(Process process, Path log, Instant spawnedAt, long spawnedNanos) {
        this.process = process;
        this.log = log;
        this.spawnedAt = spawnedAt;
        this.spawnedNanos = spawnedNanos;
        this.killer = new Thread(process::destroyForcibly, "kill-" + process.pid());
        Runtime.getRuntime().addShutdownHook(killer);
    }

    /**
     * Starts {@code java [jvmOptions] -jar jar [arguments]} with this JVM's {@code java}.
     *
     * @throws IllegalStateException when the jar is missing (naming the build command that makes it)
     */
    public static JavaProcess start(Path jar, List<String> jvmOptions, List<String> arguments, Path log, Clock clock) {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: build it first with `mvn -B -q install -DskipTests`");
        }
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-jar");
        command.add(jar.toString());
        command.addAll(arguments);
        try {
            Files.createDirectories(log.toAbsolutePath().getParent());
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.to(log.toFile()));
            Instant at = clock.instant();
            long nanos = System.nanoTime();
            return new JavaProcess(builder.start(), log, at, nanos);
        } catch (IOException e) {
            throw new UncheckedIOException("could not start " + command, e);
        }
    }

    /**
     * Polls {@code probe} until it answers 200 and returns the time from the spawn to that answer.
     *
     * @throws IllegalStateException when the process ends or {@code timeout} passes first, with the log's tail
     */
    public Duration awaitHttpOk(URI probe, Duration timeout) {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(1)).build();
        long deadline = spawnedNanos + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the process ended with " + process.exitValue() + " before " + probe + " answered:\n" + tail());
            }
            if (answersOk(http, probe)) {
                return Duration.ofNanos(System.nanoTime() - spawnedNanos);
            }
            sleep(POLL);
        }
        throw new IllegalStateException(probe + " did not answer 200 within " + timeout + ":\n" + tail());
    }

    public Instant spawnedAt() {
        return spawnedAt;
    }

    public long pid() {
        return process.pid();
    }

    /**
     * The process's resident memory now and at its peak, from {@code /proc/<pid>/status}
     * (Linux; the embedded PostgreSQL's own processes are not counted), e.g. "RSS 412 MB (peak 530 MB)".
     */
    public String memory() {
        try {
            List<String> status = Files.readAllLines(Path.of("/proc", String.valueOf(process.pid()), "status"));
            return "RSS " + kilobytesAsMb(status, "VmRSS:") + " MB (peak " + kilobytesAsMb(status, "VmHWM:") + " MB)";
        } catch (IOException | RuntimeException e) {
            return "RSS unknown";
        }
    }

    public StartupLog log() {
        try {
            return new StartupLog(Files.readAllLines(log, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + log, e);
        }
    }

    /** Stops the process as Ctrl-C would and waits up to a minute for it to end, then kills it. */
    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(killer);
            } catch (IllegalStateException shuttingDown) {
                // the hook runs anyway; nothing to undo
            }
        }
    }

    private static long kilobytesAsMb(List<String> status, String field) {
        String line = status.stream().filter(l -> l.startsWith(field)).findFirst().orElseThrow();
        return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024;
    }

    private String tail() {
        List<String> lines = log().lines();
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }

    private static boolean answersOk(HttpClient http, URI probe) {
        try {
            HttpResponse<Void> response = http.send(HttpRequest.newBuilder(probe).timeout(Duration.ofSeconds(2)).GET().build(),
                    HttpResponse.BodyHandlers.discarding());
            return response.statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for " + probe, e);
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
