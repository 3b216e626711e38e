package se.connectbot.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The benchmarks' settings, from system properties (Surefire passes {@code -D} options on):
 * <ul>
 * <li>{@code benchmark.scale} (default 1): multiplies iteration counts and durations; 0.1 for a
 *     quick smoke run;</li>
 * <li>{@code benchmark.large-services} (default 100000): the large data size;</li>
 * <li>{@code benchmark.keep-data}: keep the generated PostgreSQL data folders for a look afterwards;</li>
 * <li>{@code benchmark.jvm-options}: extra JVM options for the applications started as processes
 *     (space-separated), e.g. {@code -XX:StartFlightRecording=filename=/tmp/app.jfr} to profile them;</li>
 * <li>the jars to start and the output folder, which the POM sets.</li>
 * </ul>
 */
final class Settings {

    private Settings() {
    }

    static Path output() {
        return Path.of(System.getProperty("benchmark.output", "target")).toAbsolutePath().normalize();
    }

    static Path sandboxJar() {
        return jar("benchmark.sandbox-jar");
    }

    static Path botJar() {
        return jar("benchmark.bot-jar");
    }

    static int scaled(int iterations) {
        return (int) Math.max(1, Math.round(iterations * scale()));
    }

    static Duration scaled(Duration duration) {
        return Duration.ofMillis(Math.max(500, Math.round(duration.toMillis() * scale())));
    }

    static int largeServices() {
        return Integer.getInteger("benchmark.large-services", 100_000);
    }

    static boolean keepData() {
        return Boolean.getBoolean("benchmark.keep-data");
    }

    /** {@code always}, then the options of {@code benchmark.jvm-options}. */
    static List<String> childJvmOptions(String... always) {
        List<String> options = new ArrayList<>(List.of(always));
        String extra = System.getProperty("benchmark.jvm-options", "").trim();
        if (!extra.isEmpty()) {
            options.addAll(List.of(extra.split("\\s+")));
        }
        return options;
    }

    /** A fresh, empty folder under the output folder (whatever was there before is deleted). */
    static Path freshFolder(String name) {
        Path folder = output().resolve("runs").resolve(name);
        delete(folder);
        try {
            return Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A copy of {@code jar} in {@code folder}, started instead of the original: a rebuild during
     * a long run (`mvn install` rewrites the jar in place) cannot pull the classes from under
     * the running application.
     */
    static Path copyOf(Path jar, Path folder) {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: build it first with `mvn -B -q install -DskipTests`");
        }
        try {
            return Files.copy(jar, folder.resolve(jar.getFileName()), StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.COPY_ATTRIBUTES);
        } catch (IOException e) {
            throw new UncheckedIOException("could not copy " + jar, e);
        }
    }

    /** When the jar was built (its modification time), for the report. */
    static String built(Path jar) {
        try {
            return Machine.now(Clock.fixed(Files.getLastModifiedTime(jar).toInstant(), ZoneOffset.UTC));
        } catch (IOException e) {
            return "?";
        }
    }

    static void delete(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.delete(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static double scale() {
        return Double.parseDouble(System.getProperty("benchmark.scale", "1"));
    }

    private static Path jar(String property) {
        String path = System.getProperty(property);
        if (path == null || path.isBlank()) {
            throw new IllegalStateException(property + " is not set; run the benchmarks through Maven (see docs/benchmarks.md)");
        }
        return Path.of(path).toAbsolutePath().normalize();
    }
}
