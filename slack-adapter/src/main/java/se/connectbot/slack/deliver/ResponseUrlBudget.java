package se.connectbot.slack.deliver;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.connectbot.core.housekeeping.Sweep;

/**
 * Slack lets a {@code response_url} be used 5 times within 30 minutes; this counts the uses per
 * URL in PostgreSQL, so that every instance of the bot answering the same interaction (a retry
 * that reached another instance, a click on an answer) draws on one budget. The URL is stored as
 * its SHA-256 only: it is a credential for answering in that conversation. As a {@link Sweep} it
 * forgets URLs past their lifetime. Thread-safe.
 */
public final class ResponseUrlBudget implements Sweep {

    static final int USES = 5;
    static final Duration LIFETIME = Duration.ofMinutes(30);
    private static final Logger log = LoggerFactory.getLogger(ResponseUrlBudget.class);

    private final JdbcClient jdbc;
    private final Clock clock;

    public ResponseUrlBudget(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Takes one use if one is left. A URL older than its lifetime keeps counting (Slack no longer
     * takes it, so the Web API answering instead is right). With the database unreachable it
     * answers false: the Web API reaches the conversation too, an overdrawn URL would not.
     */
    boolean tryTake(String responseUrl) {
        try {
            return take(digest(responseUrl)) <= USES;
        } catch (DataAccessException e) {
            log.warn("Could not count a response_url use; answering through the Web API: {}", e.getMessage());
            return false;
        }
    }

    private int take(String digest) {
        // one statement, so two instances taking the fifth use at once cannot both get it
        return jdbc.sql("""
                insert into slack_response_url_use (url_digest, first_used_at, uses) values (:digest, :now, 1)
                on conflict (url_digest) do update set uses = slack_response_url_use.uses + 1
                returning uses""")
                .param("digest", digest)
                .param("now", Timestamp.from(clock.instant()))
                .query(Integer.class)
                .single();
    }

    @Override
    public int sweep() {
        return jdbc.sql("delete from slack_response_url_use where first_used_at < :cutoff")
                .param("cutoff", Timestamp.from(clock.instant().minus(LIFETIME)))
                .update();
    }

    private static String digest(String url) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(url.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
