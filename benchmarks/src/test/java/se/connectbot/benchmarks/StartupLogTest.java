package se.connectbot.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class StartupLogTest {

    private final StartupLog log = new StartupLog(List.of(
            "  .   ____          _            __ _ _",
            "2026-11-25T08:09:09.753Z  INFO 27527 --- [portal-sandbox] [main] s.c.embeddeddb.EmbeddedPostgresServer : Embedded PostgreSQL started on port 46017",
            "\tDatabase driver: PostgreSQL JDBC Driver",
            "2026-11-25T09:09:26.682+01:00  INFO 27527 --- [portal-sandbox] [main] s.connectbot.sandbox.SandboxApplication  : "
                    + "Started SandboxApplication in 28.643 seconds (process running for 30.554)"));

    @Test
    void findsTheTimeOfAPhaseFromTheLinesTimestampInAnyZone() {
        Instant spawned = Instant.parse("2026-11-25T08:09:00Z");

        assertThat(log.since(spawned, Pattern.compile("Embedded PostgreSQL started"))).hasValue(Duration.ofMillis(9753));
        assertThat(log.since(spawned, Pattern.compile("Started SandboxApplication"))).hasValue(Duration.ofMillis(26682));
        assertThat(log.since(spawned, Pattern.compile("PostgreSQL JDBC Driver"))).as("a line without a timestamp").isEmpty();
    }

    @Test
    void readsSpringBootsOwnStartTimesOfTheNamedApplication() {
        assertThat(log.started("SandboxApplication")).hasValue(new StartupLog.Started(28.643, 30.554));
        assertThat(log.started("ConnectBotApplication")).isEmpty();
    }

    @Test
    void givesTheFirstMatchWithItsGroups() {
        assertThat(log.first(Pattern.compile("on port (\\d+)")).map(m -> m.group(1))).hasValue("46017");
    }
}
