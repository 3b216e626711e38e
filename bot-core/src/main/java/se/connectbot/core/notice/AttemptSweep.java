package se.connectbot.core.notice;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import se.connectbot.core.housekeeping.Sweep;

/**
 * Housekeeping's share of the notices: first-post attempts whose notice will never be retried.
 * An attempt is normally gone once the card's reference is stored; it stays when its outbox row
 * was dropped for good (subscription ended or paused, card refused as too large). One is kept
 * while any outbox row of that outage for that conversation is waiting (quiet hours may hold one
 * for days), and for {@link #KEPT} in any case, far past any lease.
 */
@Component
class AttemptSweep implements Sweep {

    static final Duration KEPT = Duration.ofDays(14);

    private final JdbcClient jdbc;
    private final Clock clock;

    AttemptSweep(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public int sweep() {
        return jdbc.sql("""
                delete from outage_notice_attempt a
                 where a.attempted_at < :before
                   and not exists (select 1 from outage_outbox o
                                    where o.platform = a.platform and o.workspace_id = a.workspace_id
                                      and o.channel_id = a.channel_id and o.outage_id = a.outage_id)
                """)
                .param("before", OffsetDateTime.ofInstant(clock.instant().minus(KEPT), ZoneOffset.UTC))
                .update();
    }
}
