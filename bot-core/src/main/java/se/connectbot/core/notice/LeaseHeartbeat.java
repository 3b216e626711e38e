package se.connectbot.core.notice;

import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The token under which one drain claims outbox rows, and a virtual thread that renews the lease
 * of every row still carrying it, every third of the lease, until the drain {@linkplain #close()
 * closes} it: a slow platform or a long pacer wait keeps its rows, and a dead instance's rows are
 * free again one lease after its last beat. Not interrupted to stop (an interrupted virtual
 * thread closes a socket it waits on: the pool's connection); when a renewal fails the lease
 * still lasts two more beats, each trying again. Thread-safe.
 */
final class LeaseHeartbeat implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(LeaseHeartbeat.class);

    private final String holder = UUID.randomUUID().toString();
    private final CountDownLatch finished = new CountDownLatch(1);

    private LeaseHeartbeat() {
    }

    /** A new holder token, its lease renewed from now on. */
    static LeaseHeartbeat start(Outbox outbox, Duration lease) {
        LeaseHeartbeat heartbeat = new LeaseHeartbeat();
        Thread.ofVirtual().name("outbox-heartbeat").start(() -> heartbeat.beat(outbox, lease));
        return heartbeat;
    }

    /** The token the drain claims its rows under. */
    String holder() {
        return holder;
    }

    private void beat(Outbox outbox, Duration lease) {
        Duration every = lease.dividedBy(3);
        try {
            while (!finished.await(every.toMillis(), TimeUnit.MILLISECONDS)) {
                try {
                    outbox.renew(holder, lease);
                } catch (RuntimeException e) {
                    log.warn("Could not renew the lease of the outage notices this instance delivers; will try again", e);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The drain is done: no more renewals. */
    @Override
    public void close() {
        finished.countDown();
    }
}
