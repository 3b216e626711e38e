package se.connectbot.app.webchat;

import java.time.Clock;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import se.connectbot.core.chat.ChatUser;
import se.connectbot.core.chat.Platform;
import se.connectbot.core.linking.AccountLinking;

/**
 * Forgets the account links (and revokes their tokens at the portal) of web chat users whose
 * session has ended: expired, or removed by Spring Session's own cleanup. A web chat user is
 * nobody but their session, so their link could never be used again.
 *
 * <p>A periodic sweep, because Spring Session JDBC publishes no event when a session expires.
 * Scheduled once per period across all instances (db-scheduler); were two to overlap all the
 * same (a run outliving its heartbeat), it stays safe: {@link AccountLinking#unlink} takes the link's row lock and
 * deletes it, so of two instances sweeping the same link only one revokes it. Sign-out needs no
 * sweep (it unlinks at once); this catches everyone who simply went away.
 */
@Component
class WebChatLinkCleanup {

    private static final Logger log = LoggerFactory.getLogger(WebChatLinkCleanup.class);
    private static final int BATCH = 100;
    private static final int MAX_BATCHES_PER_RUN = 20;

    private final JdbcClient jdbc;
    private final AccountLinking linking;
    private final Clock clock;
    private final String orphans;

    WebChatLinkCleanup(JdbcClient jdbc, AccountLinking linking, Clock clock,
                       @Value("${spring.session.jdbc.table-name:SPRING_SESSION}") String sessionTable) {
        this.jdbc = jdbc;
        this.linking = linking;
        this.clock = clock;
        // a link whose chat user has no live session; the table name is our own configuration, not input
        this.orphans = """
                select a.user_id from account_link a
                where a.platform = :platform and a.workspace_id = :workspace
                  and not exists (select 1 from %s s where s.principal_name = a.user_id and s.expiry_time > :now)
                order by a.id limit :batch""".formatted(sessionTable);
    }

    /** Runs every {@code connectbot.web-chat.link-cleanup-interval}, on one instance per period ({@link WebChatConfiguration}). */
    void run() {
        try {
            int forgotten = forgetLinksOfEndedSessions();
            if (forgotten > 0) {
                log.info("Forgot {} web chat account links whose sessions had ended", forgotten);
            }
        } catch (RuntimeException e) {
            log.warn("Forgetting the account links of ended web chat sessions failed; it runs again later: {}", e.toString());
        }
    }

    /** How many links were forgotten. */
    int forgetLinksOfEndedSessions() {
        int forgotten = 0;
        for (int batch = 0; batch < MAX_BATCHES_PER_RUN; batch++) {
            List<String> users = orphans();
            for (String user : users) {
                forgotten += linking.unlink(new ChatUser(Platform.WEB, ChatSession.WORKSPACE, user)) ? 1 : 0;
            }
            if (users.size() < BATCH) {
                break;
            }
        }
        return forgotten;
    }

    private List<String> orphans() {
        return jdbc.sql(orphans)
                .param("platform", Platform.WEB.name())
                .param("workspace", ChatSession.WORKSPACE)
                .param("now", clock.millis())
                .param("batch", BATCH)
                .query(String.class)
                .list();
    }
}
