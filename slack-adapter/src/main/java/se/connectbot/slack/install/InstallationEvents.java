package se.connectbot.slack.install;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.connectbot.core.housekeeping.Sweep;

/**
 * Slack's {@code app_uninstalled} and {@code tokens_revoked}, kept in PostgreSQL
 * ({@code slack_installation_event}) from before the acknowledgement until they are applied, since
 * Slack does not send an acknowledged event again. Recording is one insert into a table of its
 * own, so a locked installation row cannot hold the acknowledgement up. The instance that
 * acknowledged applies the event at once; one it could not apply (it died, or the database
 * failed) is applied by the housekeeping of any instance. Applying is idempotent and touches
 * only installations older than the event, so a workspace that installed the app again meanwhile
 * keeps it. Thread-safe.
 */
public final class InstallationEvents implements Sweep {

    private static final Logger log = LoggerFactory.getLogger(InstallationEvents.class);
    /** How long the acknowledging instance has to apply an event before housekeeping does. */
    static final Duration LEFT_AFTER = Duration.ofMinutes(1);

    /** What Slack told us. */
    public enum Kind { UNINSTALLED, TOKENS_REVOKED }

    private final JdbcClient jdbc;
    private final JdbcInstallationService installations;
    private final Clock clock;

    public InstallationEvents(JdbcClient jdbc, JdbcInstallationService installations, Clock clock) {
        this.jdbc = jdbc;
        this.installations = installations;
        this.clock = clock;
    }

    /** An event recorded, to apply after the acknowledgement. */
    public record Recorded(long id, Kind kind, @Nullable String enterpriseId, @Nullable String teamId,
                           List<String> botUserIds, List<String> userIds, Instant receivedAt) {
    }

    /**
     * Records an event before its acknowledgement. Empty when the database refused: the caller
     * then applies it from memory after the acknowledgement, as the best it can do.
     */
    public Optional<Recorded> record(Kind kind, @Nullable String enterpriseId, @Nullable String teamId,
                                     List<String> botUserIds, List<String> userIds) {
        Instant now = clock.instant();
        try {
            long id = jdbc.sql("""
                            insert into slack_installation_event (kind, enterprise_id, team_id, bot_user_ids, user_ids, received_at)
                            values (:kind, :enterprise, :team, :bots, :users, :now) returning id""")
                    .param("kind", kind.name()).param("enterprise", enterpriseId).param("team", teamId)
                    .param("bots", String.join(",", botUserIds)).param("users", String.join(",", userIds))
                    .param("now", Timestamp.from(now))
                    .query(Long.class).single();
            return Optional.of(new Recorded(id, kind, enterpriseId, teamId, botUserIds, userIds, now));
        } catch (DataAccessException e) {
            log.warn("Could not record Slack's {} event for team {}; applying it from memory: {}", kind, teamId, e.getMessage());
            return Optional.empty();
        }
    }

    /** Applies the event to the stored installations, then forgets it. */
    public void apply(Recorded event) {
        switch (event.kind()) {
            case UNINSTALLED -> installations.uninstalled(event.enterpriseId(), event.teamId(), event.receivedAt());
            case TOKENS_REVOKED -> installations.revokeTokens(event.enterpriseId(), event.teamId(),
                    event.botUserIds(), event.userIds(), event.receivedAt());
        }
        if (event.id() > 0) {
            jdbc.sql("delete from slack_installation_event where id = :id").param("id", event.id()).update();
        }
        log.info("Slack's {} event for team {} applied to the stored installations", event.kind(), event.teamId());
    }

    /** An event that could not be recorded, applied from memory: as of now. */
    public Recorded unrecorded(Kind kind, @Nullable String enterpriseId, @Nullable String teamId,
                               List<String> botUserIds, List<String> userIds) {
        return new Recorded(0, kind, enterpriseId, teamId, botUserIds, userIds, clock.instant());
    }

    /** Applies the events that the instance which acknowledged them left behind. */
    @Override
    public int sweep() {
        List<Recorded> left = jdbc.sql("""
                        select id, kind, enterprise_id, team_id, bot_user_ids, user_ids, received_at
                        from slack_installation_event where received_at < :cutoff order by id""")
                .param("cutoff", Timestamp.from(clock.instant().minus(LEFT_AFTER)))
                .query((rs, n) -> new Recorded(rs.getLong(1), Kind.valueOf(rs.getString(2)), rs.getString(3), rs.getString(4),
                        ids(rs.getString(5)), ids(rs.getString(6)), rs.getTimestamp(7).toInstant()))
                .list();
        left.forEach(this::apply);
        return left.size();
    }

    private static List<String> ids(String joined) {
        return joined.isEmpty() ? List.of() : Arrays.asList(joined.split(","));
    }
}
