package se.connectbot.sandbox.demo;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Rows for one table, loaded with PostgreSQL's {@code COPY ... FROM STDIN} in text format, the
 * fastest way in: a hundred thousand services take a second or two. Values: null, String,
 * Number, Boolean, LocalDate, Instant, and collections or arrays of those as PostgreSQL arrays.
 * Not thread-safe.
 */
final class CopyTable {

    /** Rows are gathered in chunks of about this many characters, so no buffer ever grows huge. */
    private static final int CHUNK = 1 << 20;

    private final String table;
    private final String[] columns;
    private final List<byte[]> chunks = new ArrayList<>();
    private StringBuilder data = new StringBuilder(CHUNK + 4096);
    private int rows;

    CopyTable(String table, String... columns) {
        this.table = table;
        this.columns = columns.clone();
    }

    void add(@Nullable Object... values) {
        if (values.length != columns.length) {
            throw new IllegalArgumentException(table + " has " + columns.length + " columns but got " + values.length + " values");
        }
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                data.append('\t');
            }
            appendValue(values[i]);
        }
        data.append('\n');
        rows++;
        if (data.length() >= CHUNK) {
            chunks.add(data.toString().getBytes(StandardCharsets.UTF_8));
            data = new StringBuilder(CHUNK + 4096);
        }
    }

    int rows() {
        return rows;
    }

    String table() {
        return table;
    }

    /** The rows in COPY's text format. */
    String text() {
        StringBuilder text = new StringBuilder();
        chunks.forEach(chunk -> text.append(new String(chunk, StandardCharsets.UTF_8)));
        return text.append(data).toString();
    }

    void copyInto(Connection connection) throws SQLException {
        if (rows == 0) {
            return;
        }
        String sql = "COPY " + table + " (" + String.join(", ", columns) + ") FROM STDIN";
        CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(sql);
        try {
            for (byte[] chunk : chunks) {
                copy.writeToCopy(chunk, 0, chunk.length);
            }
            byte[] rest = data.toString().getBytes(StandardCharsets.UTF_8);
            copy.writeToCopy(rest, 0, rest.length);
            copy.endCopy();
        } finally {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
        }
    }

    private void appendValue(@Nullable Object value) {
        if (value == null) {
            data.append("\\N");
        } else if (value instanceof Collection<?> collection) {
            escape(arrayLiteral(collection.toArray()));
        } else if (value instanceof Object[] array) {
            escape(arrayLiteral(array));
        } else {
            escape(scalar(value));
        }
    }

    private static String scalar(Object value) {
        if (value instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        }
        if (value instanceof Boolean bool) {
            return bool ? "t" : "f";
        }
        if (value instanceof Instant || value instanceof LocalDate || value instanceof Number || value instanceof String
                || value instanceof Enum<?>) {
            return value.toString();
        }
        throw new IllegalArgumentException("cannot copy a " + value.getClass().getName());
    }

    private static String arrayLiteral(Object[] elements) {
        StringBuilder literal = new StringBuilder("{");
        for (int i = 0; i < elements.length; i++) {
            if (i > 0) {
                literal.append(',');
            }
            String element = scalar(elements[i]);
            literal.append('"').append(element.replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
        }
        return literal.append('}').toString();
    }

    private static boolean needsEscaping(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' || c == '\t' || c == '\n' || c == '\r') {
                return true;
            }
        }
        return false;
    }

    /** COPY's text format: backslash, tab, newline and carriage return are escaped. */
    private void escape(String text) {
        if (!needsEscaping(text)) {
            data.append(text);
            return;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> data.append("\\\\");
                case '\t' -> data.append("\\t");
                case '\n' -> data.append("\\n");
                case '\r' -> data.append("\\r");
                default -> data.append(c);
            }
        }
    }
}
