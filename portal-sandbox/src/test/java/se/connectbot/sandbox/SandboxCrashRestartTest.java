package se.connectbot.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The sandbox portal started on its own, as {@code java} runs it with a kept data directory,
 * killed with SIGKILL and started once more: the embedded PostgreSQL the killed JVM left running
 * must not make the next start fail (issue 7 saw "postmaster.pid already exists" here too).
 */
class SandboxCrashRestartTest {

    private static final Duration START = Duration.ofSeconds(150);
    private static final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();

    private final List<Process> started = new ArrayList<>();
    private final Path folder = folder();

    @Test
    void startsAtTheFirstAttemptAfterTheSandboxWasKilled() throws Exception {
        assumeTrue(System.getProperty("os.name").toLowerCase(Locale.ROOT).startsWith("linux"),
                "a leftover server is recognised through /proc: Linux only");
        int port = freePort();

        Process first = start(port, "first");
        awaitHealthy(first, port, "first");
        first.destroyForcibly().waitFor(); // SIGKILL: no shutdown hook stops the embedded PostgreSQL

        Process second = start(port, "second");
        awaitHealthy(second, port, "second");
        assertThat(Files.readString(log("second"))).contains("that an earlier run left running");
    }

    private Process start(int port, String name) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java, "-XX:TieredStopAtLevel=1",
                "-Djava.io.tmpdir=" + System.getProperty("java.io.tmpdir"),
                "-cp", System.getProperty("java.class.path"), SandboxApplication.class.getName(),
                "--server.port=" + port, "--embedded-db.data-directory=" + folder.resolve("pgdata"),
                "--spring.main.banner-mode=off")
                .redirectErrorStream(true).redirectOutput(log(name).toFile()).start();
        started.add(process);
        return process;
    }

    private void awaitHealthy(Process process, int port, String name) throws Exception {
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

    /** Stops what is still running the normal way, so that its embedded PostgreSQL stops with it. */
    @AfterEach
    void stopAll() throws InterruptedException {
        for (Process process : started) {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }

    private Path log(String name) {
        return folder.resolve(name + ".log");
    }

    private String tail(String name) throws IOException {
        List<String> lines = Files.readAllLines(log(name));
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }

    /** Under target/, kept for reading the logs after a failure. */
    private static Path folder() {
        try {
            return Files.createTempDirectory(Files.createDirectories(Path.of("target", "crash-restart")), "run").toAbsolutePath();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
