package se.connectbot.embeddeddb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.SQLException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Each test starts a server of its own, which runs until the JVM exits: hence fresh folders under target/. */
class EmbeddedPostgresServerTest {

    @Test
    void asksForItsGeneratedPasswordAndListensOnLoopbackOnly() throws Exception {
        Path data = Sql.freshFolder().resolve("pgdata");
        EmbeddedDatabase database = EmbeddedPostgresServer.database(data, "app");

        assertThat(database.url()).startsWith("jdbc:postgresql://127.0.0.1:").endsWith("/app");
        assertThat(database.toString()).doesNotContain(database.password());
        assertThat(Sql.value(database.url(), database.password(), "show listen_addresses")).isEqualTo("127.0.0.1");
        assertThat(Sql.value(database.url(), database.password(), "show unix_socket_directories")).isEmpty();
        assertRefusesWrongPasswords(database);
        Path passwordFile = data.resolveSibling("pgdata.password");
        assertThat(Files.readString(passwordFile)).isEqualTo(database.password());
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(passwordFile))).isEqualTo("rw-------");
    }

    @Test
    void temporaryServerAsksForAPasswordToo() throws Exception {
        EmbeddedDatabase database = EmbeddedPostgresServer.database(null, "throwaway");

        assertThat(Sql.value(database.url(), database.password(), "select 1")).isEqualTo("1");
        assertRefusesWrongPasswords(database);
    }

    @Test
    void givesADataDirectoryThatTrustedEveryoneAPasswordAndKeepsItsData() throws Exception {
        Path data = Sql.freshFolder().resolve("pgdata");
        try (EmbeddedPostgres old = EmbeddedPostgres.builder().setDataDirectory(data).setCleanDataDirectory(false).start()) {
            Sql.execute(old.getJdbcUrl("postgres", "postgres"), "", "create table kept(id int)", "insert into kept values (7)");
        }

        EmbeddedDatabase database = EmbeddedPostgresServer.database(data, "postgres");

        assertThat(Sql.value(database.url(), database.password(), "select id from kept")).isEqualTo("7");
        assertRefusesWrongPasswords(database);
        assertThat(Sql.value(database.url(), database.password(),
                "select string_agg(distinct auth_method, ',') from pg_hba_file_rules")).isEqualTo("scram-sha-256");
    }

    @Test
    void removesAPidFileWhosePidAnUnrelatedProcessReusedAndLeavesThatProcessAlone() throws Exception {
        assumeTrue(PostgresProcesses.SUPPORTED, "reads /proc: Linux only");
        Path data = Sql.freshFolder().resolve("pgdata");
        EmbeddedPostgres.builder().setDataDirectory(data).setCleanDataDirectory(false).start().close();
        Process unrelated = new ProcessBuilder("sleep", "120").start();
        try {
            Files.writeString(data.resolve(LeftoverServer.PID_FILE), unrelated.pid() + "\n" + data + "\n");

            EmbeddedDatabase database = EmbeddedPostgresServer.database(data, "app");

            assertThat(Sql.value(database.url(), database.password(), "select 1")).isEqualTo("1");
            assertThat(unrelated.isAlive()).isTrue();
        } finally {
            unrelated.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
        }
    }

    @Test
    void refusesToStartWithoutThePasswordOfADataDirectoryThatHasOne() throws Exception {
        Path data = Sql.freshFolder().resolve("pgdata");
        Path passwordFile = ServerPassword.temporaryFile("lost");
        EmbeddedPostgres.builder().setDataDirectory(data).setCleanDataDirectory(false)
                .setLocaleConfig("pwfile", passwordFile.toString()).setLocaleConfig("auth-host", "scram-sha-256")
                .setLocaleConfig("auth-local", "scram-sha-256")
                .setConnectConfig("password", "lost").start().close();

        assertThatThrownBy(() -> EmbeddedPostgresServer.database(data, "app"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("password file").hasMessageContaining("is missing");
        Files.delete(passwordFile);
    }

    private static void assertRefusesWrongPasswords(EmbeddedDatabase database) {
        for (String wrong : new String[] {"", "wrong"}) {
            assertThatThrownBy(() -> Sql.value(database.url(), wrong, "select 1"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("password");
        }
    }
}
