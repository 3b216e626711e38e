package se.connectbot.benchmarks;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The console log of a Spring Boot application, read for the moments of its start: each line
 * begins with an ISO-8601 timestamp (Boot's default pattern), so the time of any line that
 * marks a phase (the database up, migrations done, demo data loaded, started) can be found.
 */
public record StartupLog(List<String> lines) {

    private static final Pattern STARTED = Pattern.compile(
            "Started (\\S+) in ([0-9.]+) seconds \\(process running for ([0-9.]+)\\)");

    public StartupLog {
        lines = List.copyOf(lines);
    }

    /** The first line matching {@code pattern}, matched. */
    public Optional<Matcher> first(Pattern pattern) {
        for (String line : lines) {
            Matcher matcher = pattern.matcher(line);
            if (matcher.find()) {
                return Optional.of(matcher);
            }
        }
        return Optional.empty();
    }

    /** The timestamp of the first line matching {@code pattern}. */
    public Optional<Instant> timeOf(Pattern pattern) {
        for (String line : lines) {
            if (pattern.matcher(line).find()) {
                Optional<Instant> time = timestamp(line);
                if (time.isPresent()) {
                    return time;
                }
            }
        }
        return Optional.empty();
    }

    /** From {@code from} to the first line matching {@code pattern}. */
    public Optional<Duration> since(Instant from, Pattern pattern) {
        return timeOf(pattern).map(at -> Duration.between(from, at));
    }

    /** Spring Boot's own "Started X in a seconds (process running for b)" of {@code application}. */
    public Optional<Started> started(String application) {
        for (String line : lines) {
            Matcher matcher = STARTED.matcher(line);
            if (matcher.find() && matcher.group(1).equals(application)) {
                return Optional.of(new Started(Double.parseDouble(matcher.group(2)), Double.parseDouble(matcher.group(3))));
            }
        }
        return Optional.empty();
    }

    static Optional<Instant> timestamp(String line) {
        int space = line.indexOf(' ');
        if (space < 20) {
            return Optional.empty();
        }
        try {
            return Optional.of(OffsetDateTime.parse(line.substring(0, space)).toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /**
     * @param contextSeconds from SpringApplication.run to started
     * @param processSeconds from the JVM's start to started
     */
    public record Started(double contextSeconds, double processSeconds) {
    }
}
