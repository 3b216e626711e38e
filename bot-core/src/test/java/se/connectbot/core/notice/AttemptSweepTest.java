package se.connectbot.core.notice;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.connectbot.core.TranscriptTestSupport;

/** Old first-post attempts go, unless their notice is still waiting in the outbox. */
class AttemptSweepTest extends TranscriptTestSupport {

    @Autowired
    AttemptSweep sweep;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void empty() {
        jdbc.sql("delete from outage_notice_attempt").update();
        jdbc.sql("delete from outage_subscription where channel_id like 'C0SWEEP%'").update();
    }

    @Test
    void anOldAttemptGoesARecentOneAndOneWhoseNoticeStillWaitsStay() {
        OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        attempt("C0SWEEPOLD", "out-1", now.minusDays(15));
        attempt("C0SWEEPNEW", "out-1", now.minusDays(1));
        attempt("C0SWEEPHELD", "out-1", now.minusDays(15));
        waitingInOutbox("C0SWEEPHELD", "out-1", now);

        assertThat(sweep.sweep()).isEqualTo(1);

        assertThat(jdbc.sql("select channel_id from outage_notice_attempt order by channel_id").query(String.class).list())
                .isEqualTo(List.of("C0SWEEPHELD", "C0SWEEPNEW"));
    }

    private void attempt(String channel, String outage, OffsetDateTime at) {
        jdbc.sql("""
                insert into outage_notice_attempt (platform, workspace_id, channel_id, outage_id, marker, attempted_at)
                values ('SLACK', 'T0SWEEP', :channel, :outage, :marker, :at)
                """).param("channel", channel).param("outage", outage).param("marker", "m-" + channel).param("at", at)
                .update();
    }

    private void waitingInOutbox(String channel, String outage, OffsetDateTime now) {
        long subscription = jdbc.sql("""
                insert into outage_subscription (platform, workspace_id, channel_id, shared, owner_user_id,
                    owner_portal_user_id, owner_portal_name, language, filter, scope, created_at, changed_at,
                    owner_workspace_id)
                values ('SLACK', 'T0SWEEP', :channel, true, 'U0SWEEP', 'p-sweep', 'Sweep Owner', 'SV',
                    '{}'::jsonb, '{}'::jsonb, :now, :now, 'T0SWEEP')
                returning id
                """).param("channel", channel).param("now", now).query(Long.class).single();
        jdbc.sql("""
                insert into outage_outbox (subscription_id, platform, workspace_id, channel_id, kind, outage_id,
                    outage_version, not_before, created_at)
                values (:subscription, 'SLACK', 'T0SWEEP', :channel, 'NOTICE', :outage, 1, :now, :now)
                """).param("subscription", subscription).param("channel", channel).param("outage", outage)
                .param("now", now).update();
    }
}
