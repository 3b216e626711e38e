package se.connectbot.core.notice;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code connectbot.outages.*}: the outage feed's poller and the notices' delivery.
 *
 * @param pollInterval     how often the portal's change feed is read (once per period across all instances)
 * @param dispatchInterval how often each instance looks for notices due in the outbox
 * @param lease            how long a claimed outbox row stays this instance's without a heartbeat: the
 *                         instance renews it every third of the lease while it works on the row, so
 *                         a post or pacer wait may outlast it; a dead instance's rows are taken by
 *                         another within one lease. At least 3 s (a heartbeat a second); longer than
 *                         a few database round trips
 * @param batch            outbox rows claimed at once per drain
 * @param failureThreshold failed posts to one conversation (no access, gone) after which its
 *                         subscription is paused and its owner told
 * @param scopeRefresh     how often each subscription's areas are read again with its owner's
 *                         rights (an owner who lost the right orphans it)
 */
@ConfigurationProperties("connectbot.outages")
public record NoticeProperties(
        @DefaultValue("30s") Duration pollInterval,
        @DefaultValue("1s") Duration dispatchInterval,
        @DefaultValue("30s") Duration lease,
        @DefaultValue("200") int batch,
        @DefaultValue("3") int failureThreshold,
        @DefaultValue("1h") Duration scopeRefresh) {

    /** The shortest lease: its heartbeat comes every second. */
    static final Duration MIN_LEASE = Duration.ofSeconds(3);

    public NoticeProperties {
        if (pollInterval.isNegative() || pollInterval.isZero() || dispatchInterval.isNegative() || dispatchInterval.isZero()
                || lease.compareTo(MIN_LEASE) < 0 || scopeRefresh.isNegative() || scopeRefresh.isZero()) {
            throw new IllegalArgumentException("connectbot.outages.poll-interval and dispatch-interval must be positive and lease "
                    + "at least " + MIN_LEASE.toSeconds() + "s (renewed every third of it) but were " + pollInterval + ", "
                    + dispatchInterval + ", " + lease);
        }
        if (batch < 1 || failureThreshold < 1) {
            throw new IllegalArgumentException("connectbot.outages.batch and failure-threshold must be at least 1 but were "
                    + batch + " and " + failureThreshold);
        }
    }
}
