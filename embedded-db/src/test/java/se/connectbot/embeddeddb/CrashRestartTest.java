package se.connectbot.embeddeddb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * {@code kill -9} of the JVM leaves its PostgreSQL running (pg_ctl started it, so it is no child of
 * the JVM). The next start must stop that server and come up at the first attempt, with the data.
 */
class CrashRestartTest {

    private static final Duration START = Duration.ofSeconds(90);

    @Test
    void firstStartAfterSigkillStopsTheLeftoverServerAndKeepsTheData() throws Exception {
        assumeTrue(PostgresProcesses.SUPPORTED, "reads /proc: Linux only");
        Path data = Sql.freshFolder().resolve("pgdata");
        long leftover;
        try (ServerChild first = ServerChild.start(data)) {
            String url = first.awaitReady(START);
            String password = Files.readString(ServerPassword.fileFor(data));
            Sql.execute(url, password, "create table survivor(name text)", "insert into survivor values ('kept')");
            // A server in use by a living process is never taken for a leftover.
            assertThatThrownBy(() -> EmbeddedPostgresServer.database(data, "intruder"))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining(LeftoverServer.ZONKY_LOCK);
            assertThat(Sql.value(url, password, "select name from survivor")).isEqualTo("kept");
            leftover = Long.parseLong(Files.readAllLines(data.resolve(LeftoverServer.PID_FILE)).get(0).trim());
            first.kill();
        }
        assertThat(PostgresProcesses.workingIn(data)).as("the killed JVM's PostgreSQL, still running")
                .anyMatch(p -> p.pid() == leftover);

        try (ServerChild second = ServerChild.start(data)) {
            String url = second.awaitReady(START);
            String password = Files.readString(ServerPassword.fileFor(data));
            assertThat(Sql.value(url, password, "select name from survivor")).isEqualTo("kept");
            assertThat(second.output()).contains("Stopped the embedded PostgreSQL (PID " + leftover + ") that an earlier run left running");
            assertThat(PostgresProcesses.workingIn(data)).noneMatch(p -> p.pid() == leftover);
        }
    }
}
