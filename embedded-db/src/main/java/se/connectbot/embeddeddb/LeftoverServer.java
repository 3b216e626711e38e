package se.connectbot.embeddeddb;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stops a PostgreSQL that an earlier run of ours left running on a data directory. zonky starts
 * the server through {@code pg_ctl}, so it is no child of the JVM: after {@code kill -9} of the JVM
 * it keeps running, and the next start would fail on its {@code postmaster.pid}.
 *
 * <p>Two locks tell a leftover from a server in use. zonky holds a lock on {@code epg-lock} in the
 * data directory for as long as its JVM lives; the kernel drops it when that JVM dies. So a server
 * is only stopped when that lock is free, and only if the process really is a PostgreSQL working in
 * this very data directory ({@link PostgresProcesses}): a PID reused by an unrelated process is never
 * signalled. Linux only (it reads {@code /proc}); elsewhere PostgreSQL's own check stands.
 */
final class LeftoverServer {

    private static final Logger log = LoggerFactory.getLogger(LeftoverServer.class);
    /** zonky's lock file in the data directory (EmbeddedPostgres.LOCK_FILE_NAME in 2.2.2). */
    static final String ZONKY_LOCK = "epg-lock";
    static final String PID_FILE = "postmaster.pid";
    private static final Duration FAST_SHUTDOWN = Duration.ofSeconds(10);
    private static final Duration AFTER_KILL = Duration.ofSeconds(5);

    private LeftoverServer() {
    }

    /**
     * Stops what an earlier run left on {@code dataDirectory}, so that PostgreSQL can start there.
     *
     * @throws IllegalStateException when another living process uses the data directory, or a
     *                               leftover server cannot be stopped
     */
    static void stopIfAny(Path dataDirectory) {
        if (!PostgresProcesses.SUPPORTED || !Files.isRegularFile(dataDirectory.resolve(PID_FILE))) {
            return;
        }
        try (FileChannel channel = FileChannel.open(dataDirectory.resolve(ZONKY_LOCK),
                StandardOpenOption.CREATE, StandardOpenOption.WRITE); FileLock lock = tryLock(channel)) {
            if (lock == null) {
                throw new IllegalStateException("The embedded PostgreSQL's data directory " + dataDirectory
                        + " is in use by another running process (it holds " + ZONKY_LOCK + "); stop that one first");
            }
            stopServersIn(dataDirectory);
        } catch (IOException e) {
            throw new UncheckedIOException("could not check " + dataDirectory + " for a server left running", e);
        }
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException e) {
            return null; // held by another EmbeddedPostgres in this very JVM
        }
    }

    private static void stopServersIn(Path dataDirectory) throws IOException {
        List<ProcessHandle> running = PostgresProcesses.workingIn(dataDirectory);
        Path pidFile = dataDirectory.resolve(PID_FILE);
        Optional<Long> postmaster = postmasterPid(pidFile);
        if (running.isEmpty()) {
            // Nothing of PostgreSQL works here, so the file is stale. PostgreSQL tells a dead PID
            // itself, but takes a live one (reused by another process, or an unreaped zombie) for a
            // running server and refuses to start.
            if (postmaster.filter(PostgresProcesses::exists).isPresent() && Files.deleteIfExists(pidFile)) {
                log.warn("Removed a stale {} from {}: its PID {} now belongs to another process", PID_FILE,
                        dataDirectory, postmaster.get());
            }
            return;
        }
        postmaster.filter(pid -> running.stream().anyMatch(p -> p.pid() == pid))
                .ifPresentOrElse(PostgresProcesses::fastShutdown, () -> running.forEach(ProcessHandle::destroy));
        if (!PostgresProcesses.awaitNoneIn(dataDirectory, FAST_SHUTDOWN)) {
            PostgresProcesses.workingIn(dataDirectory).forEach(ProcessHandle::destroyForcibly);
            if (!PostgresProcesses.awaitNoneIn(dataDirectory, AFTER_KILL)) {
                throw new IllegalStateException("could not stop the PostgreSQL left running on " + dataDirectory
                        + " (PIDs " + PostgresProcesses.workingIn(dataDirectory).stream().map(ProcessHandle::pid).toList() + ")");
            }
            Files.deleteIfExists(pidFile); // killed, so it could not remove its own
        }
        log.warn("Stopped the embedded PostgreSQL (PID {}) that an earlier run left running on {}; it ended without"
                + " stopping it (killed?)", postmaster.map(String::valueOf).orElse("?"), dataDirectory);
    }

    /** The first line of {@code postmaster.pid}; empty when unreadable (being written, or gone). */
    private static Optional<Long> postmasterPid(Path pidFile) {
        try {
            List<String> lines = Files.readAllLines(pidFile);
            return lines.isEmpty() ? Optional.empty() : Optional.of(Long.parseLong(lines.get(0).trim()));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }
}
