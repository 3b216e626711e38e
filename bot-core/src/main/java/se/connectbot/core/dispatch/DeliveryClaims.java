package se.connectbot.core.dispatch;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Who handles a delivery: the first to claim its key within the key's window, in PostgreSQL
 * ({@code delivery_claim}) so that every instance of the bot agrees. A delivery id is claimed
 * for the retry window (a platform's retry runs nothing); a click for a few seconds (a double
 * click runs once, a later deliberate click again). The engine's delivery log is the other half:
 * it answers a repeat that does reach it (a resubmitted web chat form) with the first answer.
 * Thread-safe.
 */
final class DeliveryClaims {

    private static final Logger log = LoggerFactory.getLogger(DeliveryClaims.class);
    private static final int MAX_KEY = 400;

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
        Instant now = clock.instant();
        try {
            return jdbc.sql("""
                    insert into delivery_claim (claim_key, claimed_at) values (:key, :now)
                    on conflict (claim_key) do update set claimed_at = excluded.claimed_at
                    where delivery_claim.claimed_at < :cutoff
                    """)
                    .param("key", fitting(key)).param("now", Timestamp.from(now))
                    .param("cutoff", Timestamp.from(now.minus(window)))
                    .update() == 1;
        } catch (DataAccessException e) {
            log.warn("Could not claim delivery {}; handling it anyway: {}", key, e.getMessage());
            return true;
        }
    }

    /** Gives a claim up before its window ends. Best effort: with the database unreachable it runs out. */
    void release(String key) {
        try {
            jdbc.sql("delete from delivery_claim where claim_key = :key").param("key", fitting(key)).update();
        } catch (DataAccessException e) {
            log.warn("Could not release delivery claim {}: {}", key, e.getMessage());
        }
    }

    /** Forgets claims older than {@code longest}, the longest window in use. */
    int purge(Duration longest) {
        return jdbc.sql("delete from delivery_claim where claimed_at < :cutoff")
                .param("cutoff", Timestamp.from(clock.instant().minus(longest)))
                .update();
    }

    /** Long keys (a click's value can be 2,000 characters) are shortened to a prefix and a digest. */
    private static String fitting(String key) {
        if (key.length() <= MAX_KEY) {
            return key;
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return key.substring(0, 300) + "#" + HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
