package se.connectbot.core.notice;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import se.connectbot.core.chat.ConversationRef;
import se.connectbot.core.chat.Platform;
import se.connectbot.core.outbound.MessageRef;

/**
 * The outbox and the notices posted from it, in PostgreSQL. A claim takes due rows nobody holds
 * (FOR UPDATE SKIP LOCKED, then a lease in {@code claimed_until} and the holder's token in
 * {@code claimed_by}), and of the rows for one outage in one conversation only the oldest, so a
 * conversation sees an outage's changes in order and never from two instances at once. The holder
 * {@linkplain #renew renews} the lease of what it still holds while it works. Thread-safe.
 */
@Component
class Outbox {

    /** What a conversation shows of an outage (table {@code outage_notice}). */
    record Notice(MessageRef message, long version, int updatesShown) {
    }

    /** A first post of a card that was under way (table {@code outage_notice_attempt}). */
    record Attempt(String marker, Instant at) {
    }

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;

    Outbox(JdbcClient jdbc, TransactionTemplate transactions, Clock clock) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Takes up to {@code batch} due rows nobody holds, leased to {@code holder} for {@code lease}. */
    List<OutboxRow> claim(int batch, Duration lease, String holder) {
        Instant now = clock.instant();
        return jdbc.sql("""
                        update outage_outbox o set claimed_until = :until, claimed_by = :holder, attempts = o.attempts + 1
                        where o.id in (
                            select x.id from outage_outbox x
                            where x.not_before <= :now and (x.claimed_until is null or x.claimed_until < :now)
                              and not exists (select 1 from outage_outbox y where y.platform = x.platform
                                  and y.workspace_id = x.workspace_id and y.channel_id = x.channel_id
                                  and y.outage_id = x.outage_id and y.id < x.id)
                            order by x.id limit :batch
                            for update skip locked)
                        returning o.*""")
                .param("until", Timestamp.from(now.plus(lease))).param("holder", holder).param("now", Timestamp.from(now))
                .param("batch", batch).query(OutboxRow::row).list();
    }

    /**
     * The heartbeat of a holder at work: its lease on every row it still holds, claimed or taken for
     * a digest, runs until {@code lease} from now; one statement, however many rows. A row given
     * back, done or taken over by another holder (its token then) is not touched. How many rows.
     */
    int renew(String holder, Duration lease) {
        return jdbc.sql("""
                        update outage_outbox set
                            claimed_until = case when claimed_by = :holder then :until else claimed_until end,
                            digest_until = case when digest_by = :holder then :until else digest_until end
                        where claimed_by = :holder or digest_by = :holder""")
                .param("holder", holder).param("until", Timestamp.from(clock.instant().plus(lease))).update();
    }

    /** Whether a later change of the same outage waits for the same subscription (this row can then be skipped). */
    boolean superseded(OutboxRow row) {
        return jdbc.sql("select exists (select 1 from outage_outbox where subscription_id = :subscription and outage_id = :outage "
                        + "and kind = :kind and id > :id)")
                .param("subscription", row.subscriptionId()).param("outage", row.outageId()).param("kind", row.kind())
                .param("id", row.id()).query(Boolean.class).single();
    }

    Optional<Notice> notice(ConversationRef where, String outageId) {
        return jdbc.sql("select * from outage_notice where platform = :platform and workspace_id = :workspace "
                        + "and channel_id = :channel and outage_id = :outage")
                .param("platform", where.platform().name()).param("workspace", where.workspaceId())
                .param("channel", where.channelId()).param("outage", outageId)
                .query((rs, n) -> new Notice(new MessageRef(Platform.valueOf(rs.getString("platform")), rs.getString("message_ws"),
                        rs.getString("message_channel"), rs.getString("message_id"), rs.getString("organisation_id")),
                        rs.getLong("version"), rs.getInt("updates_shown"))).optional();
    }

    /** The first post of the outage's card to the conversation that was begun and whose message is not stored. */
    Optional<Attempt> attempt(ConversationRef where, String outageId) {
        return jdbc.sql("select marker, attempted_at from outage_notice_attempt where platform = :platform "
                        + "and workspace_id = :workspace and channel_id = :channel and outage_id = :outage")
                .param("platform", where.platform().name()).param("workspace", where.workspaceId())
                .param("channel", where.channelId()).param("outage", outageId)
                .query((rs, n) -> new Attempt(rs.getString("marker"), rs.getTimestamp("attempted_at").toInstant())).optional();
    }

    /**
     * Records (committed at once, before the post) that the card's first post to the conversation
     * is about to be made, tagged with the marker this answers; an earlier attempt's marker and
     * time are kept, so every retry looks for the same tag from the first try on.
     */
    Attempt attempting(ConversationRef where, String outageId) {
        String fresh = java.util.UUID.randomUUID().toString().replace("-", "").substring(0, 24);
        jdbc.sql("""
                        insert into outage_notice_attempt (platform, workspace_id, channel_id, outage_id, marker, attempted_at)
                        values (:platform, :workspace, :channel, :outage, :marker, :now) on conflict do nothing""")
                .param("platform", where.platform().name()).param("workspace", where.workspaceId())
                .param("channel", where.channelId()).param("outage", outageId).param("marker", fresh)
                .param("now", Timestamp.from(clock.instant())).update();
        return attempt(where, outageId).orElseThrow();
    }

    /** Stores what the conversation now shows and forgets the row, in one transaction. */
    void delivered(OutboxRow row, MessageRef message, NoticePayload shown) {
        Timestamp now = Timestamp.from(clock.instant());
        ConversationRef where = row.conversation();
        transactions.executeWithoutResult(status -> {
            jdbc.sql("""
                            insert into outage_notice (platform, workspace_id, channel_id, outage_id, message_id, message_ws,
                                message_channel, organisation_id, version, updates_shown, resolved, posted_at, updated_at,
                                shown, expected_end, passed_shown)
                            values (:platform, :workspace, :channel, :outage, :message, :messageWs, :messageChannel, :organisation,
                                :version, :updates, :resolved, :now, :now, cast(:shown as jsonb), :expectedEnd, :passed)
                            on conflict (platform, workspace_id, channel_id, outage_id) do update set
                                message_id = excluded.message_id, version = greatest(outage_notice.version, excluded.version),
                                updates_shown = excluded.updates_shown, resolved = excluded.resolved, updated_at = excluded.updated_at,
                                shown = excluded.shown, expected_end = excluded.expected_end, passed_shown = excluded.passed_shown""")
                    .param("platform", where.platform().name()).param("workspace", where.workspaceId())
                    .param("channel", where.channelId()).param("outage", row.outageId()).param("message", message.messageId())
                    .param("messageWs", message.workspaceId()).param("messageChannel", message.conversationId())
                    .param("organisation", message.organisationId()).param("version", row.version())
                    .param("updates", shown.outage().updates().size())
                    .param("resolved", shown.outage().status() == se.connectbot.portal.api.Outage.OutageStatus.RESOLVED)
                    .param("now", now).param("shown", SubscriptionStore.JSON.writeValueAsString(shown))
                    .param("expectedEnd", shown.outage().expectedEnd() == null ? null : Timestamp.from(shown.outage().expectedEnd()))
                    .param("passed", shown.outage().expectedEnd() != null && !shown.outage().expectedEnd().isAfter(clock.instant()))
                    .update();
            jdbc.sql("delete from outage_notice_attempt where platform = :platform and workspace_id = :workspace "
                            + "and channel_id = :channel and outage_id = :outage")
                    .param("platform", where.platform().name()).param("workspace", where.workspaceId())
                    .param("channel", where.channelId()).param("outage", row.outageId()).update();
            done(row);
        });
    }

    void done(OutboxRow row) {
        jdbc.sql("delete from outage_outbox where id = :id").param("id", row.id()).update();
    }

    /** Gives the row back, to be tried again no sooner than {@code at}; {@code counted}: whether this try counts as an attempt. */
    void later(OutboxRow row, Instant at, boolean counted) {
        jdbc.sql("update outage_outbox set claimed_until = null, claimed_by = null, not_before = :at, attempts = attempts - :uncount "
                        + "where id = :id")
                .param("at", Timestamp.from(at)).param("uncount", counted ? 0 : 1).param("id", row.id()).update();
    }

    /** Holds the row back until the subscription's quiet hours end, marked for the digest. */
    void hold(OutboxRow row, Instant until) {
        jdbc.sql("update outage_outbox set claimed_until = null, claimed_by = null, not_before = :at, attempts = attempts - 1, "
                        + "held = true where id = :id")
                .param("at", Timestamp.from(until)).param("id", row.id()).update();
    }

    /** The notices a subscription's quiet hours held back, taken for one digest; ids in the order they were held. */
    record Digest(List<Long> ids, List<NoticePayload> latest) {
    }

    /**
     * Takes what the subscription's quiet hours held back for its digest, each outage once at its
     * latest change, with a lease until {@code lease} from now held by {@code holder}: one statement,
     * so of deliveries on several instances one takes the rows and the others find them leased
     * ({@link #digesting}). Holds no lock once it returns; empty when nothing held is free to take.
     */
    Optional<Digest> takeHeld(long subscriptionId, Duration lease, String holder) {
        Instant now = clock.instant();
        List<Held> held = jdbc.sql("""
                        update outage_outbox set digest_until = :until, digest_by = :holder
                        where subscription_id = :id and held and kind = 'NOTICE'
                          and (digest_until is null or digest_until < :now)
                        returning id, outage""")
                .param("id", subscriptionId).param("until", Timestamp.from(now.plus(lease))).param("holder", holder)
                .param("now", Timestamp.from(now))
                .query((rs, n) -> new Held(rs.getLong("id"), SubscriptionStore.JSON.readValue(rs.getString("outage"), NoticePayload.class)))
                .list().stream().sorted(java.util.Comparator.comparingLong(Held::id)).toList();
        if (held.isEmpty()) {
            return Optional.empty();
        }
        java.util.Map<String, NoticePayload> latest = new java.util.LinkedHashMap<>();
        held.forEach(h -> latest.merge(h.payload().outage().id(), h.payload(),
                (a, b) -> a.outage().version() >= b.outage().version() ? a : b));
        return Optional.of(new Digest(held.stream().map(Held::id).toList(), List.copyOf(latest.values())));
    }

    /** Whether another delivery holds the subscription's held notices for its digest now (its lease not over). */
    boolean digesting(long subscriptionId) {
        return jdbc.sql("select exists (select 1 from outage_outbox where subscription_id = :id and held and kind = 'NOTICE' "
                        + "and digest_until >= :now)")
                .param("id", subscriptionId).param("now", Timestamp.from(clock.instant())).query(Boolean.class).single();
    }

    /** The digest was shown: its rows are ordinary notices now. */
    void digestShown(Digest digest) {
        jdbc.sql("update outage_outbox set held = false, digest_until = null, digest_by = null where id in (:ids)")
                .param("ids", digest.ids()).update();
    }

    /** The digest's post failed: its rows wait, held, for the next delivery to show it. */
    void digestFailed(Digest digest) {
        jdbc.sql("update outage_outbox set digest_until = null, digest_by = null where id in (:ids)").param("ids", digest.ids()).update();
    }

    private record Held(long id, NoticePayload payload) {
    }

    void dropAllOf(long subscriptionId) {
        jdbc.sql("delete from outage_outbox where subscription_id = :id and kind = 'NOTICE'").param("id", subscriptionId).update();
    }
}
