package se.connectbot.core.notice;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import se.connectbot.portal.api.Outage;
import se.connectbot.portal.api.OutageChanges;
import se.connectbot.portal.api.PortalApi;
import se.connectbot.portal.api.PortalError;
import se.connectbot.portal.api.PortalException;

/**
 * Reads the portal's outage change feed from the stored cursor and turns each change into one
 * outbox row per subscription it concerns — or per subscription whose conversation already shows
 * a notice of that outage, so that a card is updated and resolved even once it no longer matches —
 * in the same transaction that advances the cursor (a transactional outbox). Also orphans the
 * subscriptions whose owner is no longer linked, telling their conversations. The application
 * runs {@link #poll()} once per period across its instances; a second run at once would find the
 * cursor moved and write nothing. A portal outage leaves the cursor where it was; a cursor the
 * portal refuses (garbled, expired) restarts the feed from now, which is logged.
 */
@Component
public class OutagePoller {

    static final String FEED = "portal-outages";
    private static final String INSERT = """
            insert into outage_outbox (subscription_id, platform, workspace_id, channel_id, kind, outage_id,
                outage_version, outage, not_before, created_at)
            values (:subscription, :platform, :workspace, :channel, 'NOTICE', :outage, :version,
                cast(:payload as jsonb), :now, :now)
            on conflict do nothing""";
    private static final Logger log = LoggerFactory.getLogger(OutagePoller.class);

    private final PortalApi portal;
    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate batch;
    private final TransactionTemplate transactions;
    private final SubscriptionStore subscriptions;
    private final Clock clock;

    OutagePoller(PortalApi portal, JdbcClient jdbc, NamedParameterJdbcTemplate batch, TransactionTemplate transactions,
                 SubscriptionStore subscriptions, Clock clock) {
        this.portal = portal;
        this.jdbc = jdbc;
        this.batch = batch;
        this.transactions = transactions;
        this.subscriptions = subscriptions;
        this.clock = clock;
    }

    /** One poll; returns how many outbox rows it wrote. Never throws for a portal failure. */
    public int poll() {
        orphanUnlinked();
        expirePassed();
        Optional<String> cursor = cursor();
        OutageChanges changes;
        try {
            changes = portal.operations().outageChanges(cursor.orElse(null));
        } catch (PortalException e) {
            if (e.error() == PortalError.INVALID_INPUT && cursor.isPresent()) {
                log.warn("The portal refused the outage feed's cursor ({}); restarting the feed from now: changes in between are not notified",
                        e.getMessage());
                return restartFromNow(cursor.get());
            }
            log.info("Outage feed not read, the cursor stays: {} {}", e.error(), e.getMessage());
            return 0;
        }
        if (cursor.isEmpty()) {
            advance(null, changes.nextCursor());
            return 0;
        }
        return enqueue(cursor.get(), changes);
    }

    private int restartFromNow(String refused) {
        try {
            advance(refused, portal.operations().outageChanges(null).nextCursor());
        } catch (PortalException e) {
            log.info("Outage feed not restarted, will try again: {}", e.error());
        }
        return 0;
    }

    private int enqueue(String from, OutageChanges changes) {
        List<Subscription> active = subscriptions.active();
        Integer written = transactions.execute(status -> {
            List<SqlParameterSource> rows = new ArrayList<>();
            for (Outage outage : changes.changes()) {
                Set<Long> shown = subscriptionsShowing(outage.id());
                for (Subscription subscription : active) {
                    Optional<List<String>> affected = NoticeMatcher.affected(subscription.filter(), subscription.scope(), outage);
                    if (affected.isPresent() || shown.contains(subscription.id())) {
                        rows.add(row(subscription, outage, affected.orElse(List.of())));
                    }
                }
            }
            // one batch, not a statement per row: a fan-out to 10,000 conversations is 10,000 rows
            int inserted = rows.isEmpty() ? 0 : Arrays.stream(batch.batchUpdate(INSERT, rows.toArray(SqlParameterSource[]::new)))
                    .map(n -> Math.max(n, 0)).sum();
            if (!advance(from, changes.nextCursor())) {
                status.setRollbackOnly(); // another run moved the cursor first: it wrote these rows
                return 0;
            }
            return inserted;
        });
        return written == null ? 0 : written;
    }

    /** The subscriptions whose conversation already shows a notice of the outage. */
    private Set<Long> subscriptionsShowing(String outageId) {
        return new HashSet<>(jdbc.sql("""
                        select s.id from outage_subscription s join outage_notice n on n.platform = s.platform
                            and n.workspace_id = s.workspace_id and n.channel_id = s.channel_id
                        where n.outage_id = :outage and s.state = 'ACTIVE'""")
                .param("outage", outageId).query(Long.class).list());
    }

    private SqlParameterSource row(Subscription subscription, Outage outage, List<String> affected) {
        return new MapSqlParameterSource()
                .addValue("subscription", subscription.id()).addValue("platform", subscription.conversation().platform().name())
                .addValue("workspace", subscription.conversation().workspaceId())
                .addValue("channel", subscription.conversation().channelId()).addValue("outage", outage.id())
                .addValue("version", outage.version())
                .addValue("payload", SubscriptionStore.JSON.writeValueAsString(new NoticePayload(outage, affected)))
                .addValue("now", Timestamp.from(clock.instant()));
    }

    /** Moves the cursor from {@code from} (null: none yet); false when it was no longer there. */
    private boolean advance(@Nullable String from, String to) {
        Timestamp now = Timestamp.from(clock.instant());
        if (from == null) {
            return jdbc.sql("insert into outage_feed (name, cursor, polled_at) values (:name, :to, :now) on conflict do nothing")
                    .param("name", FEED).param("to", to).param("now", now).update() == 1;
        }
        return jdbc.sql("update outage_feed set cursor = :to, polled_at = :now where name = :name and cursor = :from")
                .param("name", FEED).param("to", to).param("now", now).param("from", from).update() == 1;
    }

    private Optional<String> cursor() {
        return jdbc.sql("select cursor from outage_feed where name = :name").param("name", FEED).query(String.class).optional();
    }

    /**
     * Cards of current outages whose expected end has now passed are queued once for a re-render
     * (kind EXPIRED, the outage as shown), so they say "(har passerat)" instead of looking current.
     */
    private void expirePassed() {
        transactions.executeWithoutResult(status -> jdbc.sql("""
                        with due as (
                            update outage_notice set passed_shown = true
                            where not resolved and not passed_shown and expected_end < :now and shown is not null
                            returning platform, workspace_id, channel_id, outage_id, version, shown)
                        insert into outage_outbox (subscription_id, platform, workspace_id, channel_id, kind, outage_id,
                            outage_version, outage, not_before, created_at)
                        select (select min(s.id) from outage_subscription s where s.platform = due.platform
                                and s.workspace_id = due.workspace_id and s.channel_id = due.channel_id and s.state = 'ACTIVE'),
                            platform, workspace_id, channel_id, 'EXPIRED', outage_id, version, shown, :now, :now
                        from due where exists (select 1 from outage_subscription s where s.platform = due.platform
                                and s.workspace_id = due.workspace_id and s.channel_id = due.channel_id and s.state = 'ACTIVE')
                        on conflict do nothing""")
                .param("now", Timestamp.from(clock.instant())).update());
    }

    /** Active subscriptions whose owner is no longer linked become orphaned, and their conversations are told. */
    private void orphanUnlinked() {
        transactions.executeWithoutResult(status -> jdbc.sql("""
                        with orphaned as (
                            update outage_subscription s set state = 'ORPHANED', changed_at = :now
                            where s.state = 'ACTIVE' and not exists (select 1 from account_link l where l.platform = s.platform
                                and l.workspace_id = s.owner_workspace_id and l.user_id = s.owner_user_id
                                and l.portal_user_id = s.owner_portal_user_id)
                            returning s.*)
                        insert into outage_outbox (subscription_id, platform, workspace_id, channel_id, kind, outage_id,
                            outage_version, not_before, created_at)
                        select id, platform, workspace_id, channel_id, 'ORPHANED', '~orphaned', id, :now, :now from orphaned
                        on conflict do nothing""")
                .param("now", Timestamp.from(clock.instant())).update());
    }
}
