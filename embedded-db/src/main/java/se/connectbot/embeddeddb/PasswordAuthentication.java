package se.connectbot.embeddeddb;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes the embedded server ask for the {@code postgres} role's password. zonky runs initdb with
 * {@code -A trust}: anyone on the machine who found the port was a superuser. New data directories
 * get the password and SCRAM rules from initdb itself ({@link EmbeddedPostgresServer}); this
 * migrates those that earlier versions created with trust, once, at their first start.
 */
final class PasswordAuthentication {

    private static final Logger log = LoggerFactory.getLogger(PasswordAuthentication.class);
    static final String SCRAM = "scram-sha-256";
    private static final String HBA = """
            # Written by Connect Bot's embedded-db. The server listens on 127.0.0.1 only and opens no Unix
            # socket; every connection must give the postgres role's password (SCRAM), which is kept in
            # <data directory>.password beside the data directory.
            # TYPE  DATABASE  USER  ADDRESS       METHOD
            local   all       all                 scram-sha-256
            host    all       all   127.0.0.1/32  scram-sha-256
            host    all       all   ::1/128       scram-sha-256
            """;

    private PasswordAuthentication() {
    }

    /** Whether the data directory's pg_hba.conf lets some connection in without a password. */
    static boolean trustsConnections(Path dataDirectory) {
        try {
            List<String> lines = Files.readAllLines(dataDirectory.resolve("pg_hba.conf"), StandardCharsets.UTF_8);
            return lines.stream().map(String::trim).filter(line -> !line.startsWith("#"))
                    .anyMatch(line -> List.of(line.split("\\s+")).contains("trust"));
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Sets {@code password} for the {@code postgres} role and replaces pg_hba.conf with SCRAM rules,
     * when some rule still lets a connection in without it. In this order, so that a crash between
     * the steps leaves either trust (done again next start) or a password that is set.
     */
    static void require(EmbeddedPostgres server, String password) {
        try (Connection c = server.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            if (!hasRuleOtherThanScram(s)) {
                return;
            }
            // The SCRAM verifier is computed here: the password itself never reaches the server or its log.
            c.unwrap(PGConnection.class).alterUserPassword(EmbeddedPostgresServer.USER, password.toCharArray(), SCRAM);
            Path hbaFile = Path.of(value(s, "show hba_file"));
            replace(hbaFile, HBA);
            if (!"t".equals(value(s, "select pg_reload_conf()")) || hasRuleOtherThanScram(s)) {
                throw new IllegalStateException("could not switch the embedded PostgreSQL to passwords (" + hbaFile + ")");
            }
            log.info("The embedded PostgreSQL now asks for the postgres role's password; it trusted every local"
                    + " connection before ({})", hbaFile);
        } catch (SQLException e) {
            throw new IllegalStateException("could not give the embedded PostgreSQL's postgres role its password", e);
        }
    }

    private static boolean hasRuleOtherThanScram(Statement s) throws SQLException {
        return !"0".equals(value(s, "select count(*) from pg_hba_file_rules where auth_method not in ('"
                + SCRAM + "', 'reject') or error is not null"));
    }

    private static String value(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    /** Whole or not at all: a half-written pg_hba.conf would stop the next start. */
    private static void replace(Path file, String content) {
        try {
            Path written = Files.writeString(file.resolveSibling(file.getFileName() + ".new"), content, StandardCharsets.UTF_8);
            Files.move(written, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write " + file, e);
        }
    }
}
