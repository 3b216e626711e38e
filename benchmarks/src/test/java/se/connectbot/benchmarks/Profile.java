package se.connectbot.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.text.ParseException;
import jdk.jfr.Configuration;
import jdk.jfr.Recording;
import org.jspecify.annotations.Nullable;

/**
 * A Java Flight Recorder recording of one measured phase of this JVM, made only when asked for
 * with {@code -Dbenchmark.profile=true}, written when closed; read it with
 * {@code jfr print --events jdk.ExecutionSample <file>} or JDK Mission Control.
 */
final class Profile implements AutoCloseable {

    private final @Nullable Recording recording;
    private final Path file;

    private Profile(@Nullable Recording recording, Path file) {
        this.recording = recording;
        this.file = file;
    }

    static Profile startIfAsked(Path file) {
        if (!Boolean.getBoolean("benchmark.profile")) {
            return new Profile(null, file);
        }
        try {
            Recording recording = new Recording(Configuration.getConfiguration("profile"));
            recording.start();
            return new Profile(recording, file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ParseException e) {
            throw new IllegalStateException("the JDK's profile settings do not parse", e);
        }
    }

    @Override
    public void close() {
        if (recording == null) {
            return;
        }
        try {
            recording.stop();
            recording.dump(file);
            System.out.println("Profile written to " + file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            recording.close();
        }
    }
}
