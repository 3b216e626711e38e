package se.connectbot.core.dispatch;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import se.connectbot.core.chat.ChatUser;
import se.connectbot.core.chat.Inbound;
import se.connectbot.core.chat.Platform;
import se.connectbot.core.crypto.TokenCipher;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * Work accepted from a platform, in PostgreSQL ({@code accepted_work}) from before the
 * acknowledgement until it is finished, so that any instance can finish what another accepted.
 * The payload and the adapter's context are sealed with the {@link TokenCipher}, bound to the
 * row's identity. Thread-safe.
 */
final class AcceptedWork {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;
    private final TokenCipher cipher;
    private final Clock clock;

    AcceptedWork(JdbcClient jdbc, TokenCipher cipher, Clock clock) {
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.clock = clock;
    }

    /** Records the delivery; empty when it is recorded already (a platform's retry of it). */
    Optional<Long> accept(Arrival arrival, Resumable resumable) {
        ChatUser user = arrival.user();
        String sealed = cipher.encrypt(JSON.writeValueAsString(Data.of(resumable)), context(user, arrival.deliveryId()));
        return jdbc.sql("""
                        insert into accepted_work (platform, workspace_id, delivery_id, user_id, data, accepted_at)
                        values (:platform, :workspace, :delivery, :user, :data, :now)
                        on conflict (platform, workspace_id, delivery_id) do nothing
                        returning id
                        """)
                .param("platform", user.platform().name()).param("workspace", user.workspaceId())
                .param("delivery", arrival.deliveryId()).param("user", user.userId()).param("data", sealed)
                .param("now", now())
                .query(Long.class).optional();
    }

    /**
     * A worker of the instance that accepted it begins it: counts as an attempt, and the takeover
     * waits the longer started-after. False when it is no longer this worker's: another instance
     * took it over (or finished it) while it waited here for a turn.
     */
    boolean started(long id) {
        return jdbc.sql("""
                        update accepted_work set started_at = :now, attempts = attempts + 1
                        where id = :id and finished_at is null and started_at is null""")
                .param("now", now()).param("id", id).update() == 1;
    }

    /** Running work says it is alive, so that no takeover runs it a second time beside it. */
    void alive(long id) {
        jdbc.sql("update accepted_work set started_at = :now where id = :id and finished_at is null")
                .param("now", now()).param("id", id).update();
    }

    void finished(long id) {
        jdbc.sql("update accepted_work set finished_at = :now where id = :id and finished_at is null")
                .param("now", now()).param("id", id).update();
    }

    void gaveUp(long id) {
        jdbc.sql("update accepted_work set finished_at = :now, gave_up = true where id = :id")
                .param("now", now()).param("id", id).update();
    }

    /**
     * Claims unfinished work that nobody has started for {@code after}, or whose last start is
     * older than {@code startedAfter}: each row is marked started (and its attempt counted) by the
     * one instance whose update takes it; the others skip the locked rows.
     */
    List<Taken> takeOver(Duration after, Duration startedAfter, int batch) {
        Instant now = clock.instant();
        return jdbc.sql("""
                        update accepted_work set started_at = :now, attempts = attempts + 1
                        where id in (select id from accepted_work
                                     where finished_at is null
                                       and ((started_at is null and accepted_at < :neverStarted) or started_at < :started)
                                     order by accepted_at limit :batch
                                     for update skip locked)
                        returning id, platform, workspace_id, delivery_id, user_id, data, attempts
                        """)
                .param("now", Timestamp.from(now)).param("neverStarted", Timestamp.from(now.minus(after)))
                .param("started", Timestamp.from(now.minus(startedAfter))).param("batch", batch)
                .query((rs, row) -> new Taken(rs.getLong("id"),
                        new ChatUser(Platform.valueOf(rs.getString("platform")), rs.getString("workspace_id"), rs.getString("user_id")),
                        rs.getString("delivery_id"), rs.getString("data"), rs.getInt("attempts")))
                .list();
    }

    /** Opens what was stored for a taken row; throws when it was sealed for another row or key. */
    ResumableSenders.Accepted open(Taken taken) {
        Data data = JSON.readValue(cipher.decrypt(taken.sealed(), context(taken.user(), taken.deliveryId())), Data.class);
        return new ResumableSenders.Accepted(taken.user(), taken.deliveryId(), data.payload(), data.context());
    }

    /** Forgets finished work older than {@code keep}. */
    int purge(Duration keep) {
        return jdbc.sql("delete from accepted_work where finished_at < :cutoff")
                .param("cutoff", Timestamp.from(clock.instant().minus(keep))).update();
    }

    private Timestamp now() {
        return Timestamp.from(clock.instant());
    }

    private static String context(ChatUser user, String deliveryId) {
        return "accepted_work|" + user.platform().name() + "|" + user.workspaceId() + "|" + deliveryId;
    }

    /** A row taken over, its data still sealed. */
    record Taken(long id, ChatUser user, String deliveryId, String sealed, int attempts) {
        @Override
        public String toString() {
            return "Taken[" + id + ", " + deliveryId + ", " + user + ", attempt " + attempts + "]";
        }
    }

    /** The stored form of a {@link Resumable}: the payload flattened by kind. */
    record Data(String kind, @Nullable String text, @Nullable String id, @Nullable String value,
                @Nullable Map<String, String> values, Map<String, String> context) {

        static Data of(Resumable resumable) {
            Map<String, String> context = resumable.context();
            return switch (resumable.payload()) {
                case Inbound.Text(String text) -> new Data("text", text, null, null, null, context);
                case Inbound.Action(String actionId, String value) -> new Data("action", null, actionId, value, null, context);
                case Inbound.FormSubmission(String formId, Map<String, String> values) -> new Data("form", null, formId, null, values, context);
            };
        }

        Inbound.Payload payload() {
            return switch (kind) {
                case "text" -> new Inbound.Text(nonNull(text));
                case "action" -> new Inbound.Action(nonNull(id), nonNull(value));
                case "form" -> new Inbound.FormSubmission(nonNull(id), values == null ? Map.of() : values);
                default -> throw new IllegalStateException("unknown kind of stored payload: " + kind);
            };
        }

        private static String nonNull(@Nullable String s) {
            return s == null ? "" : s;
        }
    }
}
