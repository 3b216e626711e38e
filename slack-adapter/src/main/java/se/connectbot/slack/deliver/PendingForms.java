package se.connectbot.slack.deliver;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Modals waiting behind an "Open form" button, for replies that had no fresh {@code trigger_id}
 * to open them with. Kept in PostgreSQL so that a click reaching another instance finds them;
 * bound to the one user they were made for; valid for a day. Thread-safe.
 */
public final class PendingForms {

    private static final Duration LIFETIME = Duration.ofDays(1);

    private final JdbcClient jdbc;
    private final Clock clock;

    public PendingForms(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** @return the id to put in the button */
    public String save(String teamId, String userId, String viewJson) {
        String id = UUID.randomUUID().toString();
        jdbc.sql("delete from slack_pending_form where expires_at < :now").param("now", Timestamp.from(clock.instant())).update();
        jdbc.sql("insert into slack_pending_form (id, team_id, user_id, view_json, expires_at) values (:id, :team, :user, :view, :expires)")
                .param("id", id).param("team", teamId).param("user", userId).param("view", viewJson)
                .param("expires", Timestamp.from(clock.instant().plus(LIFETIME)))
                .update();
        return id;
    }

    public Optional<Pending> find(String id) {
        return jdbc.sql("select team_id, user_id, view_json from slack_pending_form where id = :id and expires_at > :now")
                .param("id", id).param("now", Timestamp.from(clock.instant()))
                .query((rs, n) -> new Pending(rs.getString(1), rs.getString(2), rs.getString(3)))
                .optional();
    }

    /** A stored modal and whom it is for. */
    public record Pending(String teamId, String userId, String viewJson) {
        public boolean isFor(String team, String user) {
            return teamId.equals(team) && userId.equals(user);
        }
    }
}
