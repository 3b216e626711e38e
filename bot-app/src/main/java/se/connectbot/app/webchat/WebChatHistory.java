package se.connectbot.app.webchat;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.connectbot.core.crypto.TokenCipher;

/**
 * The web chat's conversation kept server-side (table {@code web_chat_turn}, V17), so that a
 * reload, or another instance, shows it again: each turn is what the page showed as the person's
 * message and the bot's answer as the page's JSON. Keyed by the chat user id of the browser's
 * session and read only for it. A redelivered turn (the page's retry with the same delivery id)
 * replaces its row rather than adding one. At most {@link #KEPT_PER_USER} turns are kept per user.
 * What was said and answered (invoices, orders, names) is sealed with the {@link TokenCipher}, bound
 * to the user and the turn, like the core's kept answers (issue 7: no reply at rest in the clear).
 * Thread-safe.
 */
final class WebChatHistory {

    /** The turns a reload shows again; older ones are forgotten. */
    static final int KEPT_PER_USER = 60;

    private final JdbcClient jdbc;
    private final TokenCipher cipher;
    private final String ended;
    private final String endedLanguages;

    /** @param sessionTable Spring Session's table, our own configuration (never input) */
    WebChatHistory(JdbcClient jdbc, TokenCipher cipher, String sessionTable) {
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.ended = """
                delete from web_chat_turn t
                where not exists (select 1 from %s s where s.principal_name = t.user_id and s.expiry_time > :now)
                """.formatted(sessionTable);
        // the page's language switch stores the choice in the core (user_language); a web chat
        // user is nobody once their session is gone, so their choice goes with it
        this.endedLanguages = """
                delete from user_language l
                where l.platform = 'WEB'
                  and not exists (select 1 from %s s where s.principal_name = l.user_id and s.expiry_time > :now)
                """.formatted(sessionTable);
    }

    void add(String userId, String deliveryId, String said, String viewJson, Instant now) {
        jdbc.sql("""
                        insert into web_chat_turn (user_id, delivery_id, said, reply_view, at) values (:user, :delivery, :said, :view, :now)
                        on conflict (user_id, delivery_id) do update set reply_view = excluded.reply_view, at = excluded.at""")
                .param("user", userId).param("delivery", deliveryId)
                .param("said", cipher.encrypt(said, context(userId, deliveryId, "said")))
                .param("view", cipher.encrypt(viewJson, context(userId, deliveryId, "reply")))
                .param("now", Timestamp.from(now)).update();
        jdbc.sql("""
                        delete from web_chat_turn where user_id = :user and id < (
                          select min(id) from (select id from web_chat_turn where user_id = :user order by id desc limit :kept) newest)""")
                .param("user", userId).param("kept", KEPT_PER_USER).update();
    }

    /** The user's turns, oldest first. */
    List<Turn> of(String userId) {
        return jdbc.sql("select delivery_id, said, reply_view from web_chat_turn where user_id = :user order by id")
                .param("user", userId)
                .query((rs, n) -> new Turn(
                        cipher.decrypt(rs.getString("said"), context(userId, rs.getString("delivery_id"), "said")),
                        cipher.decrypt(rs.getString("reply_view"), context(userId, rs.getString("delivery_id"), "reply"))))
                .list();
    }

    /** Binds a sealed text to its user, turn and column: a row's text moved elsewhere does not open. */
    private static String context(String userId, String deliveryId, String column) {
        return "web_chat_turn|" + userId + "|" + deliveryId + "|" + column;
    }

    int forget(String userId) {
        return jdbc.sql("delete from web_chat_turn where user_id = :user").param("user", userId).update();
    }

    /** Forgets the turns, and the language choice, of users whose session has ended; a housekeeping sweep. */
    int forgetEnded(Instant now) {
        return jdbc.sql(ended).param("now", now.toEpochMilli()).update()
                + jdbc.sql(endedLanguages).param("now", now.toEpochMilli()).update();
    }

    /** @param said what the page showed as the person's message; {@code viewJson} the bot's answer, as {@link ReplyView} JSON */
    record Turn(String said, String viewJson) {
    }
}
