package se.connectbot.embeddeddb;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The PostgreSQL processes of a data directory, found through Linux's {@code /proc}: a process
 * whose executable name is {@code postgres} and whose working directory is the data directory
 * (the postmaster and every backend change into it at start). That pair identifies a server of
 * this data directory whatever its PID, its command line's spelling of the path, or a PID reused
 * by another program.
 */
final class PostgresProcesses {

    private static final Logger log = LoggerFactory.getLogger(PostgresProcesses.class);
    private static final Path PROC = Path.of("/proc");
    static final boolean SUPPORTED = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("linux")
            && Files.isDirectory(PROC.resolve("self"));

    private PostgresProcesses() {
    }

    /** Living PostgreSQL processes working in {@code dataDirectory}; zombies and unreadable ones excluded. */
    static List<ProcessHandle> workingIn(Path dataDirectory) {
        try (Stream<Path> entries = Files.list(PROC)) {
            return entries.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit))
                    .filter(p -> isPostgresIn(p, dataDirectory))
                    .flatMap(p -> ProcessHandle.of(Long.parseLong(p.getFileName().toString())).stream())
                    .toList();
        } catch (IOException e) {
            throw new IllegalStateException("could not list " + PROC, e);
        }
    }

    private static boolean isPostgresIn(Path process, Path dataDirectory) {
        try {
            return "postgres".equals(Files.readString(process.resolve("comm")).trim())
                    && Files.isSameFile(process.resolve("cwd"), dataDirectory);
        } catch (IOException | SecurityException e) {
            return false; // gone, a zombie (no cwd), or another user's: not one we could stop anyway
        }
    }

    /** Whether the PID is taken, zombies included, as PostgreSQL's own {@code kill(pid, 0)} sees it. */
    static boolean exists(long pid) {
        return Files.exists(PROC.resolve(Long.toString(pid)));
    }

    /** SIGINT: PostgreSQL's "fast" shutdown (ends sessions, checkpoints, removes postmaster.pid). */
    static void fastShutdown(long pid) {
        try {
            Process kill = new ProcessBuilder("kill", "-INT", Long.toString(pid)).redirectErrorStream(true).start();
            if (kill.waitFor(5, TimeUnit.SECONDS) && kill.exitValue() == 0) {
                return;
            }
            log.debug("kill -INT {} failed: {}", pid, new String(kill.getInputStream().readAllBytes()).trim());
        } catch (IOException e) {
            log.debug("kill -INT {} could not run", pid, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        // SIGTERM, "smart" shutdown: slower only while sessions remain, and a dead run left none
        ProcessHandle.of(pid).ifPresent(ProcessHandle::destroy);
    }

    /** Waits until no PostgreSQL process works in {@code dataDirectory}; false if some still do at the end. */
    static boolean awaitNoneIn(Path dataDirectory, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!workingIn(dataDirectory).isEmpty()) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return true;
    }
}
