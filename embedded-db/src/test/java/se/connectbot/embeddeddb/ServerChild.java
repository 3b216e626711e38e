package se.connectbot.embeddeddb;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** {@link ServerProcess} run as a child JVM on this test's classpath, its output collected. */
final class ServerChild implements AutoCloseable {

    private final Process process;
    private final List<String> output = new ArrayList<>();
    private final CompletableFuture<String> ready = new CompletableFuture<>();

    private ServerChild(Process process) {
        this.process = process;
        Thread reader = new Thread(this::read, "server-child-output");
        reader.setDaemon(true);
        reader.start();
    }

    static ServerChild start(Path dataDirectory) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        try {
            return new ServerChild(new ProcessBuilder(java, "-Xmx128m", "-XX:TieredStopAtLevel=1",
                    "-Djava.io.tmpdir=" + System.getProperty("java.io.tmpdir"),
                    "-cp", System.getProperty("java.class.path"), ServerProcess.class.getName(), dataDirectory.toString())
                    .redirectErrorStream(true).start());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void read() {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                synchronized (output) {
                    output.add(line);
                }
                if (line.startsWith("READY ")) {
                    ready.complete(line.substring("READY ".length()));
                }
            }
        } catch (IOException e) {
            // the child is gone
        }
        ready.completeExceptionally(new IllegalStateException("the child ended before it was ready:\n" + output()));
    }

    /** The JDBC URL of the child's database, once its server is up. */
    String awaitReady(Duration timeout) throws InterruptedException {
        try {
            return ready.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw new AssertionError(e.getCause().getMessage());
        } catch (TimeoutException e) {
            throw new AssertionError("the child was not ready within " + timeout + ":\n" + output());
        }
    }

    /** SIGKILL on Linux: no shutdown hook runs, as with {@code kill -9}. */
    void kill() throws InterruptedException {
        process.destroyForcibly().waitFor();
    }

    String output() {
        synchronized (output) {
            return String.join("\n", output);
        }
    }

    /** Ends the child the normal way (its server stops with it), forcibly if it hangs. */
    @Override
    public void close() throws InterruptedException, IOException {
        if (process.isAlive()) {
            process.getOutputStream().close();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                kill();
            }
        }
    }
}
