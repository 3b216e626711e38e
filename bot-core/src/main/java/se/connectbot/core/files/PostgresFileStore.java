package se.connectbot.core.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import se.connectbot.core.chat.ChatUser;
import se.connectbot.core.chat.Platform;
import se.connectbot.core.crypto.TokenCipher;
import se.connectbot.core.reply.FileRef;
import se.connectbot.core.rights.Capability;

/**
 * {@link FileStore} in the {@code stored_file} table, content as {@code bytea}: enough at our
 * sizes (invoice PDFs of kilobytes, reports of a few megabytes) and read by every instance.
 * Plain JDBC rather than JPA, so that reading what a file is never loads its content. The content
 * (invoices, reports: personal data) is sealed with the {@link TokenCipher}, bound to the file's id,
 * like every other answer kept at rest (issue 7); {@code size} is the file's own.
 */
@Component
class PostgresFileStore implements FileStore {

    private static final String COLUMNS = "id, platform, workspace_id, user_id, file_name, content_type, size, required_right, "
            + "created_at, expires_at";

    private final JdbcClient jdbc;
    private final JdbcTemplate jdbcTemplate;
    private final FilesProperties properties;
    private final Clock clock;
    private final TokenCipher cipher;

    PostgresFileStore(DataSource dataSource, FilesProperties properties, Clock clock, TokenCipher cipher) {
        this.jdbc = JdbcClient.create(dataSource);
        this.jdbcTemplate = new JdbcTemplate(dataSource);
        this.properties = properties;
        this.clock = clock;
        this.cipher = cipher;
    }

    @Override
    public StoredFile save(ChatUser owner, Capability right, String fileName, String contentType, byte[] content) {
        requireText(fileName, "fileName");
        requireText(contentType, "contentType");
        Instant now = clock.instant();
        StoredFile file = new StoredFile(FileRef.random(), owner, fileName, contentType, content.length, right, now,
                now.plus(properties.keep()));
        jdbc.sql("insert into stored_file (" + COLUMNS + ", content) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(file.ref().id(), owner.platform().name(), owner.workspaceId(), owner.userId(), fileName, contentType,
                        file.size(), right.name(), at(now), at(file.expiresAt()), cipher.seal(content, context(file.ref())))
                .update();
        return file;
    }

    /** Streams the file into the {@code bytea} column, so a report of megabytes is never held in memory whole. */
    @Override
    public StoredFile save(ChatUser owner, Capability right, String fileName, String contentType, Path content) {
        requireText(fileName, "fileName");
        requireText(contentType, "contentType");
        Instant now = clock.instant();
        try (InputStream plain = Files.newInputStream(content)) {
            long size = Files.size(content);
            StoredFile file = new StoredFile(FileRef.random(), owner, fileName, contentType, size, right, now,
                    now.plus(properties.keep()));
            if (TokenCipher.sealedLength(size) > Integer.MAX_VALUE) {
                throw new IllegalArgumentException("a stored file must be under 2 GB but was " + size + " bytes");
            }
            jdbcTemplate.update("insert into stored_file (" + COLUMNS + ", content) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", ps -> {
                ps.setObject(1, file.ref().id());
                ps.setString(2, owner.platform().name());
                ps.setString(3, owner.workspaceId());
                ps.setString(4, owner.userId());
                ps.setString(5, fileName);
                ps.setString(6, contentType);
                ps.setLong(7, size);
                ps.setString(8, right.name());
                ps.setObject(9, at(now));
                ps.setObject(10, at(file.expiresAt()));
                ps.setBinaryStream(11, cipher.sealing(plain, context(file.ref())), (int) TokenCipher.sealedLength(size));
            });
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public Optional<StoredFile> find(FileRef ref) {
        return jdbc.sql("select " + COLUMNS + " from stored_file where id = ? and expires_at > ?")
                .params(ref.id(), at(clock.instant()))
                .query(PostgresFileStore::file)
                .optional();
    }

    @Override
    public Optional<byte[]> content(FileRef ref) {
        return jdbc.sql("select content from stored_file where id = ? and expires_at > ?")
                .params(ref.id(), at(clock.instant()))
                .query((rs, row) -> rs.getBytes(1))
                .optional()
                .map(sealed -> cipher.open(sealed, context(ref)));
    }

    private static String context(FileRef ref) {
        return "stored_file|" + ref.id();
    }

    @Override
    public int purgeExpired() {
        return jdbc.sql("delete from stored_file where expires_at <= ?").param(at(clock.instant())).update();
    }

    private static StoredFile file(ResultSet rs, int row) throws SQLException {
        ChatUser owner = new ChatUser(Platform.valueOf(rs.getString("platform")), rs.getString("workspace_id"), rs.getString("user_id"));
        return new StoredFile(new FileRef(rs.getObject("id", java.util.UUID.class)), owner, rs.getString("file_name"),
                rs.getString("content_type"), rs.getLong("size"), Capability.valueOf(rs.getString("required_right")),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(), rs.getObject("expires_at", OffsetDateTime.class).toInstant());
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static void requireText(String value, String name) {
        if (value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank but was '" + value + "'");
        }
    }
}
