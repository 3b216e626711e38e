package se.connectbot.core.forms;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import se.connectbot.core.chat.ChatUser;
import se.connectbot.core.chat.Platform;
import se.connectbot.core.crypto.TokenCipher;
import se.connectbot.core.engine.ReplyCodec;
import se.connectbot.core.housekeeping.Sweep;
import se.connectbot.core.reply.Block;

/**
 * Forms parked behind an "Open form" button ({@code parked_form}), for any platform: a modal
 * opens only from a fresh click, so an adapter parks the form, puts the id in its button and
 * claims the form back when the button is clicked, on whichever instance that reaches. The
 * owner check is made here, once for every adapter. The form and the origin (a Slack origin holds a
 * {@code response_url}) are sealed with the {@link TokenCipher}, bound to the row's id and owner,
 * so neither rests readable nor opens for another owner if copied. A form is kept for a day; as a
 * {@link Sweep} it forgets older ones. Thread-safe.
 */
@Component
public final class ParkedForms implements Sweep {

    private static final Logger log = LoggerFactory.getLogger(ParkedForms.class);
    static final Duration KEEP = Duration.ofDays(1);
    private static final int MAX_ORIGIN = 4_000;

    private final JdbcClient jdbc;
    private final TokenCipher cipher;
    private final Clock clock;

    ParkedForms(DataSource dataSource, TokenCipher cipher, Clock clock) {
        this.jdbc = JdbcClient.create(dataSource);
        this.cipher = cipher;
        this.clock = clock;
    }

    /** What a click on a parked form's button may do. */
    public sealed interface Claim {
    }

    /** The clicker may open it. */
    public record Open(ParkedForm parked) implements Claim {
    }

    /** Unknown, or kept past its day (also: parked before this store existed). */
    public record Gone() implements Claim {
    }

    /** Parked for someone else. */
    public record NotYours() implements Claim {
    }

    /**
     * @param owner  who may open it; null: anyone who sees the button
     * @param origin the adapter's own note of where to answer, at most 4,000 characters; null: none
     * @return the id to put in the button
     */
    public UUID park(@Nullable ChatUser owner, Block.Form form, @Nullable String origin) {
        Objects.requireNonNull(form, "form");
        if (origin != null && origin.length() > MAX_ORIGIN) {
            throw new IllegalArgumentException("a form's origin takes at most " + MAX_ORIGIN + " characters but was " + origin.length());
        }
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into parked_form (id, platform, workspace_id, user_id, form_json, origin, parked_at) "
                        + "values (:id, :platform, :workspace, :user, :form, :origin, :at)")
                .param("id", id).param("platform", owner == null ? null : owner.platform().name())
                .param("workspace", owner == null ? null : owner.workspaceId()).param("user", owner == null ? null : owner.userId())
                .param("form", cipher.encrypt(ReplyCodec.writeForm(form), context(id, owner)))
                .param("origin", origin == null ? null : cipher.encrypt(origin, context(id, owner)))
                .param("at", Timestamp.from(clock.instant()))
                .update();
        return id;
    }

    /**
     * The form, unless unknown, older than a day, or no longer opening (sealed under another key,
     * or its row altered): such a form counts as gone.
     */
    public Optional<ParkedForm> find(UUID id) {
        try {
            return jdbc.sql("select id, platform, workspace_id, user_id, form_json, origin, parked_at from parked_form "
                            + "where id = :id and parked_at > :cutoff")
                    .param("id", id).param("cutoff", cutoff())
                    .query(this::parked)
                    .optional();
        } catch (CipherFailure e) {
            log.warn("A parked form no longer opens; taken as gone: {}", e.getMessage());
            return Optional.empty();
        }
    }

    /** The form if {@code clicker} may open it; else why not. */
    public Claim claim(UUID id, ChatUser clicker) {
        Optional<ParkedForm> parked = find(id);
        if (parked.isEmpty()) {
            return new Gone();
        }
        return parked.get().isFor(clicker) ? new Open(parked.get()) : new NotYours();
    }

    @Override
    public int sweep() {
        return jdbc.sql("delete from parked_form where parked_at <= :cutoff").param("cutoff", cutoff()).update();
    }

    private Timestamp cutoff() {
        return Timestamp.from(clock.instant().minus(KEEP));
    }

    private ParkedForm parked(ResultSet rs, int row) throws SQLException {
        String platform = rs.getString("platform");
        ChatUser owner = platform == null ? null
                : new ChatUser(Platform.valueOf(platform), rs.getString("workspace_id"), rs.getString("user_id"));
        UUID id = rs.getObject("id", UUID.class);
        String origin = rs.getString("origin");
        Instant at = rs.getTimestamp("parked_at").toInstant();
        try {
            return new ParkedForm(id, owner, ReplyCodec.readForm(cipher.decrypt(rs.getString("form_json"), context(id, owner))),
                    origin == null ? null : cipher.decrypt(origin, context(id, owner)), at);
        } catch (RuntimeException e) {
            throw new CipherFailure(e);
        }
    }

    /** A sealed form that does not open, carried out of the row mapper. */
    private static final class CipherFailure extends RuntimeException {
        CipherFailure(RuntimeException cause) {
            super(cause.getMessage(), cause);
        }
    }

    /** What a sealed form is bound to: a ciphertext moved to another row or owner does not open. */
    private static String context(UUID id, @Nullable ChatUser owner) {
        return "parked_form|" + id + "|" + (owner == null ? "-" : owner.platform() + "|" + owner.workspaceId() + "|" + owner.userId());
    }
}
