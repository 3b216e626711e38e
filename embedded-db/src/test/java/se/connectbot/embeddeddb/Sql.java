package se.connectbot.embeddeddb;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** Plain JDBC for the tests: statements, and the first column of the first row of a query. */
final class Sql {

    private Sql() {
    }

    static void execute(String url, String password, String... statements) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, EmbeddedPostgresServer.USER, password); Statement s = c.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
        }
    }

    static String value(String url, String password, String query) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, EmbeddedPostgresServer.USER, password);
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery(query)) {
            rs.next();
            return rs.getString(1);
        }
    }

    /** A folder of its own under target/: servers of this JVM keep running in it until the JVM exits. */
    static Path freshFolder() {
        try {
            return Files.createTempDirectory(Files.createDirectories(Path.of("target", "test-data")), "pg").toAbsolutePath();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
