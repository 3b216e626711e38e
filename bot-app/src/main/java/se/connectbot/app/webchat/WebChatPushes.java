package se.connectbot.app.webchat;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.connectbot.core.crypto.TokenCipher;

/**
 * The web chat's messages sent unasked, in PostgreSQL (table {@code web_chat_push}, bot-core's V7)
 * until the user's open page fetches them, from whichever instance serves it. Each post and
 * update takes a new revision, so a page asks for what came after the last one it showed. The
 * message is sealed with the {@link TokenCipher}, bound to its user and id. Thread-safe.
 */
final class WebChatPushes {

    private final JdbcClient jdbc;
    private final TokenCipher cipher;

    WebChatPushes(JdbcClient jdbc, TokenCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    void add(String userId, String messageId, String viewJson, Instant now) {
        jdbc.sql("insert into web_chat_push (message_id, user_id, reply_view, pushed_at) values (:id, :user, :view, :now)")
                .param("id", messageId).param("user", userId).param("view", seal(userId, messageId, viewJson))
                .param("now", Timestamp.from(now)).update();
    }

    /** Replaces a pushed message with a new revision; false when the user has no such message (any more). */
    boolean replace(String userId, String messageId, String viewJson, Instant now) {
        return jdbc.sql("""
                        update web_chat_push set reply_view = :view, pushed_at = :now, revision = nextval('web_chat_push_revision')
                        where message_id = :id and user_id = :user""")
                .param("id", messageId).param("user", userId).param("view", seal(userId, messageId, viewJson))
                .param("now", Timestamp.from(now)).update() == 1;
    }

    /** The user's messages posted or updated after {@code revision}, oldest first. */
    List<Pushed> after(String userId, long revision) {
        return jdbc.sql("""
                        select message_id, revision, reply_view from web_chat_push
                        where user_id = :user and revision > :revision order by revision limit 50""")
                .param("user", userId).param("revision", revision)
                .query((rs, n) -> new Pushed(rs.getString("message_id"), rs.getLong("revision"),
                        cipher.decrypt(rs.getString("reply_view"), context(userId, rs.getString("message_id"))))).list();
    }

    private String seal(String userId, String messageId, String viewJson) {
        return cipher.encrypt(viewJson, context(userId, messageId));
    }

    private static String context(String userId, String messageId) {
        return "web_chat_push|" + userId + "|" + messageId;
    }

    int purgeBefore(Instant cutoff) {
        return jdbc.sql("delete from web_chat_push where pushed_at < :cutoff").param("cutoff", Timestamp.from(cutoff)).update();
    }

    record Pushed(String messageId, long revision, String viewJson) {
    }
}
