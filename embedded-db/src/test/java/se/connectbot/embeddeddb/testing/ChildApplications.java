package se.connectbot.embeddeddb.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Spring Boot applications of ours started as {@code java} starts them, each in a JVM of its own
 * on this test's class path, so that a test can kill one with SIGKILL and start it again on the
 * same data, as a crash would leave it. Each keeps its log under {@code target/<folder>/run…/},
 * kept for reading after a failure; {@link #close()} stops what still runs the normal way, so
 * that its embedded PostgreSQL stops with it. Not thread-safe: one per test.
 */
public final class ChildApplications implements AutoCloseable {

    private static final Duration START = Duration.ofSeconds(150);
    private static final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();

    private final List<Process> started = new ArrayList<>();
    private final Path folder;

    /** @param folder the folder under {@code target/} that keeps the runs' data and logs */
    public ChildApplications(String folder) {
        try {
            this.folder = Files.createTempDirectory(Files.createDirectories(Path.of("target", folder)), "run").toAbsolutePath();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** True where a leftover server is recognised (through {@code /proc}): the crash tests run on Linux only. */
    public static boolean onLinux() {
        return System.getProperty("os.name").toLowerCase(Locale.ROOT).startsWith("linux");
    }

    /** The data directory of the embedded PostgreSQL the children share: the same for every start. */
    public Path dataDirectory() {
        return folder.resolve("pgdata");
    }

    /**
     * Starts {@code mainClass} with the given arguments, on the embedded PostgreSQL of
     * {@link #dataDirectory()}, its output in {@code <name>.log}.
     */
    public Process start(Class<?> mainClass, String name, String... arguments) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-Djava.io.tmpdir=" + System.getProperty("java.io.tmpdir"),
                "-cp", System.getProperty("java.class.path"), mainClass.getName(),
                "--embedded-db.data-directory=" + dataDirectory(), "--spring.main.banner-mode=off"));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log(name).toFile()).start();
        started.add(process);
        return process;
    }

    /** Waits until the child answers 200 on {@code /actuator/health}; fails with its log's tail if it ends or takes too long. */
    public void awaitHealthy(Process process, int port, String name) throws IOException, InterruptedException {
        HttpRequest health = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health"))
                .timeout(Duration.ofSeconds(5)).build();
        long deadline = System.nanoTime() + START.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new AssertionError("the " + name + " start ended (exit " + process.exitValue() + "):\n" + tail(name));
            }
            try {
                if (http.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notListeningYet) {
                // Tomcat is not up yet
            }
            Thread.sleep(250);
        }
        throw new AssertionError("the " + name + " start was not healthy within " + START + ":\n" + tail(name));
    }

    /** SIGKILL: no shutdown hook runs, so the embedded PostgreSQL the child started keeps running. */
    public static void kill(Process process) throws InterruptedException {
        process.destroyForcibly().waitFor();
    }

    /** The child's whole output so far. */
    public String output(String name) throws IOException {
        return Files.readString(log(name));
    }

    /** Stops what is still running the normal way, so that its embedded PostgreSQL stops with it. */
    @Override
    public void close() throws InterruptedException {
        for (Process process : started) {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }

    /** A port free on loopback now. */
    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private Path log(String name) {
        return folder.resolve(name + ".log");
    }

    private String tail(String name) throws IOException {
        List<String> lines = Files.readAllLines(log(name));
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }
}
