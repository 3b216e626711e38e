package se.connectbot.core.linking;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import se.connectbot.core.chat.ChatUser;

/**
 * Whether a chat user may be handed another sign-in link: at most
 * {@code connectbot.max-pending-sign-ins} unused, unexpired ones at a time, so that nobody can
 * fill the database with pending sign-ins (each holds a PKCE verifier) by asking again and again.
 * A soft cap: requests at the very same moment may pass it by one or two. Thread-safe.
 */
@Component
public class PendingSignIns {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final SignInLimits limits;

    PendingSignIns(DataSource dataSource, Clock clock, SignInLimits limits) {
        this.jdbc = JdbcClient.create(dataSource);
        this.clock = clock;
        this.limits = limits;
    }

    /** True when {@code user} already holds as many unused sign-in links as allowed. */
    public boolean atLimit(ChatUser user) {
        long pending = jdbc.sql("""
                select count(*) from pending_link
                where platform = :platform and workspace_id = :workspace and user_id = :user and expires_at > :now""")
                .param("platform", user.platform().name())
                .param("workspace", user.workspaceId())
                .param("user", user.userId())
                .param("now", OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                .query(Long.class)
                .single();
        return pending >= limits.maxPendingSignIns();
    }

    public int limit() {
        return limits.maxPendingSignIns();
    }
}
