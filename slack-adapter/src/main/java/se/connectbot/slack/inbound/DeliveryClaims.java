package se.connectbot.slack.inbound;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Who handles a delivery: the first to claim its key within the key's window, in PostgreSQL so
 * that every instance of the bot agrees. A retried Events API delivery claims its
 * {@code event_id} for a day; a click claims what was clicked for a few seconds, so a double
 * click runs once while a later, deliberate click runs again. Thread-safe.
 */
final class DeliveryClaims {

    static final Duration RETRY_WINDOW = Duration.ofDays(1);
    private static final Logger log = LoggerFactory.getLogger(DeliveryClaims.class);

    private final JdbcClient jdbc;
    private final Clock clock;

    DeliveryClaims(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * True when this caller may handle the key: nobody claimed it within the window before. With
     * the database unreachable it answers true: a user is better served by a possible repeat
     * (the core's confirmations are idempotent themselves) than by silence.
     */
    boolean claim(String key, Duration window) {
        try {
            return tryClaim(key, window);
        } catch (DataAccessException e) {
            log.warn("Could not claim delivery {}; handling it anyway: {}", key, e.getMessage());
            return true;
        }
    }

    private boolean tryClaim(String key, Duration window) {
        Instant now = clock.instant();
        int rows = jdbc.sql("""
                insert into slack_delivery_claim (claim_key, claimed_at) values (:key, :now)
                on conflict (claim_key) do update set claimed_at = excluded.claimed_at
                where slack_delivery_claim.claimed_at < :cutoff
                """)
                .param("key", fitting(key))
                .param("now", Timestamp.from(now))
                .param("cutoff", Timestamp.from(now.minus(window)))
                .update();
        return rows == 1;
    }

    /** Long keys (a click's value can be 2,000 characters) are shortened to a prefix and a digest. */
    private static String fitting(String key) {
        if (key.length() <= 400) {
            return key;
        }
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(key.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return key.substring(0, 300) + "#" + java.util.HexFormat.of().formatHex(digest);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Gives a claim up before its window ends: a click whose answer said it failed may be
     * repeated at once. Best effort: with the database unreachable the claim simply runs out.
     */
    void release(String key) {
        try {
            jdbc.sql("delete from slack_delivery_claim where claim_key = :key").param("key", fitting(key)).update();
        } catch (DataAccessException e) {
            log.warn("Could not release delivery claim {}: {}", key, e.getMessage());
        }
    }

    /** Forgets claims that no window reaches any more. */
    int purge() {
        return jdbc.sql("delete from slack_delivery_claim where claimed_at < :cutoff")
                .param("cutoff", Timestamp.from(clock.instant().minus(RETRY_WINDOW)))
                .update();
    }
}
