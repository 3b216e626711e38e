package se.connectbot.slack.deliver;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.connectbot.core.crypto.TokenCipher;

/**
 * Modals waiting behind an "Open form" button, for replies that had no fresh {@code trigger_id}
 * to open them with. Kept in PostgreSQL so that a click reaching another instance finds them;
 * bound to the one user they were made for; valid for a day. The modal (its choices may name the
 * person's services and numbers) is sealed with the {@link TokenCipher}, bound to its id; a row an
 * earlier version wrote in the clear counts as gone. Thread-safe.
 */
public final class PendingForms {

    private static final Duration LIFETIME = Duration.ofDays(1);
    /** How the {@link TokenCipher}'s output begins; a view in the clear is JSON. */
    private static final String SEALED = "v1:";

    private final JdbcClient jdbc;
    private final Clock clock;
    private final TokenCipher cipher;

    public PendingForms(JdbcClient jdbc, Clock clock, TokenCipher cipher) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.cipher = cipher;
    }

    /** @return the id to put in the button */
    public String save(String teamId, String userId, String viewJson) {
        String id = UUID.randomUUID().toString();
        jdbc.sql("delete from slack_pending_form where expires_at < :now").param("now", Timestamp.from(clock.instant())).update();
        jdbc.sql("insert into slack_pending_form (id, team_id, user_id, view_json, expires_at) values (:id, :team, :user, :view, :expires)")
                .param("id", id).param("team", teamId).param("user", userId).param("view", cipher.encrypt(viewJson, context(id)))
                .param("expires", Timestamp.from(clock.instant().plus(LIFETIME)))
                .update();
        return id;
    }

    public Optional<Pending> find(String id) {
        return jdbc.sql("select team_id, user_id, view_json from slack_pending_form where id = :id and expires_at > :now")
                .param("id", id).param("now", Timestamp.from(clock.instant()))
                .query((rs, n) -> new Stored(rs.getString(1), rs.getString(2), rs.getString(3)))
                .optional()
                .filter(stored -> stored.viewSealed().startsWith(SEALED))
                .map(stored -> new Pending(stored.teamId(), stored.userId(), cipher.decrypt(stored.viewSealed(), context(id))));
    }

    private static String context(String id) {
        return "slack_pending_form|" + id;
    }

    private record Stored(String teamId, String userId, String viewSealed) {
    }

    /** A stored modal and whom it is for. */
    public record Pending(String teamId, String userId, String viewJson) {
        public boolean isFor(String team, String user) {
            return teamId.equals(team) && userId.equals(user);
        }
    }
}
