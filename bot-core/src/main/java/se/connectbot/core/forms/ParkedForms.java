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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import se.connectbot.core.chat.ChatUser;
import se.connectbot.core.chat.Platform;
import se.connectbot.core.engine.ReplyCodec;
import se.connectbot.core.housekeeping.Sweep;
import se.connectbot.core.reply.Block;

/**
 * Forms parked behind an "Open form" button ({@code parked_form}), for any platform: a modal
 * opens only from a fresh click, so an adapter parks the form, puts the id in its button and
 * claims the form back when the button is clicked, on whichever instance that reaches. The
 * owner check is made here, once for every adapter. A form is kept for a day; as a {@link Sweep}
 * it forgets older ones. Thread-safe.
 */
@Component
public final class ParkedForms implements Sweep {

    static final Duration KEEP = Duration.ofDays(1);
    private static final int MAX_ORIGIN = 4_000;

    private final JdbcClient jdbc;
    private final Clock clock;

    ParkedForms(DataSource dataSource, Clock clock) {
        this.jdbc = JdbcClient.create(dataSource);
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
                .param("form", ReplyCodec.writeForm(form)).param("origin", origin).param("at", Timestamp.from(clock.instant()))
                .update();
        return id;
    }

    /** The form, unless unknown or older than a day. */
    public Optional<ParkedForm> find(UUID id) {
        return jdbc.sql("select id, platform, workspace_id, user_id, form_json, origin, parked_at from parked_form "
                        + "where id = :id and parked_at > :cutoff")
                .param("id", id).param("cutoff", cutoff())
                .query(ParkedForms::parked)
                .optional();
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

    private static ParkedForm parked(ResultSet rs, int row) throws SQLException {
        String platform = rs.getString("platform");
        ChatUser owner = platform == null ? null
                : new ChatUser(Platform.valueOf(platform), rs.getString("workspace_id"), rs.getString("user_id"));
        Instant at = rs.getTimestamp("parked_at").toInstant();
        return new ParkedForm(rs.getObject("id", UUID.class), owner, ReplyCodec.readForm(rs.getString("form_json")),
                rs.getString("origin"), at);
    }
}
