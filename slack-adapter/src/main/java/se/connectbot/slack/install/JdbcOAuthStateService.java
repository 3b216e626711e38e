package se.connectbot.slack.install;

import com.slack.api.bolt.service.OAuthStateService;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * OAuth {@code state} values for the install flow, kept server-side in PostgreSQL (so any
 * instance behind a load balancer can check them) besides Bolt's browser cookie; each is valid
 * for ten minutes and used once. Thread-safe.
 */
public final class JdbcOAuthStateService implements OAuthStateService {

    private final JdbcClient jdbc;
    private final Clock clock;

    public JdbcOAuthStateService(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public void addNewStateToDatastore(String state) {
        jdbc.sql("delete from slack_oauth_state where expires_at < :now").param("now", now()).update();
        jdbc.sql("insert into slack_oauth_state (state, expires_at) values (:state, :expires)")
                .param("state", state)
                .param("expires", Timestamp.from(clock.instant().plus(Duration.ofSeconds(getExpirationInSeconds()))))
                .update();
    }

    @Override
    public boolean isAvailableInDatabase(String state) {
        return jdbc.sql("select count(*) from slack_oauth_state where state = :state and expires_at > :now")
                .param("state", state).param("now", now())
                .query(Long.class).single() > 0;
    }

    @Override
    public void deleteStateFromDatastore(@Nullable String state) {
        if (state == null) {
            return;
        }
        jdbc.sql("delete from slack_oauth_state where state = :state").param("state", state).update();
    }

    private Timestamp now() {
        return Timestamp.from(clock.instant());
    }
}
