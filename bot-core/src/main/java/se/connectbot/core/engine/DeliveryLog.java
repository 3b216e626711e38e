package se.connectbot.core.engine;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import se.connectbot.core.chat.ChatUser;
import se.connectbot.core.chat.Inbound;
import se.connectbot.core.crypto.TokenCipher;
import se.connectbot.core.reply.Block;
import se.connectbot.core.reply.Reply;

/**
 * The core's one de-duplication of deliveries, in PostgreSQL ({@code delivery}), so that every
 * instance of the bot agrees. A delivery is known by platform, workspace and the platform's id,
 * stable across its retries, and remembered for {@code connectbot.delivery.keep}:
 * <ul>
 * <li>the dispatch {@linkplain #claim claims} it when it arrives, so that a platform's retry runs
 * nothing; and a click for {@code click-window} ({@link #claimClick}), so that a double click
 * runs once, a later deliberate click again, and a click whose answer failed may be
 * {@linkplain #releaseClick given back};</li>
 * <li>the engine {@linkplain #start starts} it (taking over one whose handler died after
 * {@code abandoned-after}), and a copy that reaches the engine all the same (a resubmitted web chat
 * form, a takeover of work that was answered) is answered as the first was: the reply sealed with
 * the {@link TokenCipher} for {@code keep-reply} (a file in it is a reference to the file store,
 * never its content), and no sign-in link at all (a repeat gets a fresh one).</li>
 * </ul>
 * With the database unreachable the dispatch's claims answer yes: a user is better served by a
 * possible repeat than by silence. Each call commits on its own, so a second copy arriving while
 * the first is handled sees it at once. Thread-safe. Not final: Spring proxies it for the
 * engine's transactions of their own.
 */
public class DeliveryLog {

    private static final Logger log = LoggerFactory.getLogger(DeliveryLog.class);
    /** The column's width; a click's value can be 2,000 characters. */
    private static final int MAX_ID = 200;

    private final JdbcClient jdbc;
    private final DeliveryProperties properties;
    private final TokenCipher cipher;
    private final Clock clock;

    public DeliveryLog(JdbcClient jdbc, DeliveryProperties properties, TokenCipher cipher, Clock clock) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.cipher = cipher;
        this.clock = clock;
    }

    /**
     * The dispatch's claim: true when this caller handles the delivery, false when it is known
     * already (a platform's retry, on this instance or another). The engine then {@link #start}s
     * the claimed delivery as its own.
     */
    public boolean claim(ChatUser user, String deliveryId) {
        try {
            return jdbc.sql("""
                            insert into delivery (platform, workspace_id, delivery_id, received_at)
                            values (:platform, :workspace, :delivery, :now) on conflict do nothing
                            """)
                    .params(key(user, deliveryId)).param("now", now()).update() == 1;
        } catch (DataAccessException e) {
            log.warn("Could not claim delivery {}; handling it anyway: {}", deliveryId, e.getMessage());
            return true;
        }
    }

    /**
     * True when this user clicked {@code click} (what was clicked, where) nobody claimed within
     * the click window: a double click is a second delivery of the same click within it.
     */
    public boolean claimClick(ChatUser user, String click) {
        Instant now = clock.instant();
        try {
            return jdbc.sql("""
                            insert into delivery (platform, workspace_id, delivery_id, received_at)
                            values (:platform, :workspace, :delivery, :now)
                            on conflict (platform, workspace_id, delivery_id) do update set received_at = excluded.received_at
                            where delivery.received_at < :cutoff
                            """)
                    .params(key(user, clickId(user, click))).param("now", Timestamp.from(now))
                    .param("cutoff", Timestamp.from(now.minus(properties.clickWindow())))
                    .update() == 1;
        } catch (DataAccessException e) {
            log.warn("Could not claim a click of {}; handling it anyway: {}", user, e.getMessage());
            return true;
        }
    }

    /** Gives a click back before its window ends (its answer failed). Best effort: with the database unreachable it runs out. */
    public void releaseClick(ChatUser user, String click) {
        try {
            jdbc.sql("delete from delivery where platform = :platform and workspace_id = :workspace and delivery_id = :delivery")
                    .params(key(user, clickId(user, click))).update();
        } catch (DataAccessException e) {
            log.warn("Could not give back a click of {}: {}", user, e.getMessage());
        }
    }

    /**
     * The engine's start: empty when this call handles the delivery (new, claimed by the dispatch
     * and not started yet, or started longer than {@code abandoned-after} ago and still
     * unanswered); else the copy is a repeat, and how to answer it.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    Optional<Repeat> start(Inbound inbound) {
        Instant now = clock.instant();
        Map<String, Object> key = key(inbound.user(), inbound.deliveryId());
        int started = jdbc.sql("""
                        insert into delivery (platform, workspace_id, delivery_id, received_at, started_at)
                        values (:platform, :workspace, :delivery, :now, :now)
                        on conflict (platform, workspace_id, delivery_id) do update set started_at = excluded.started_at
                        where delivery.answered_at is null and (delivery.started_at is null or delivery.started_at < :stale)
                        """)
                .params(key).param("now", Timestamp.from(now))
                .param("stale", Timestamp.from(now.minus(properties.abandonedAfter())))
                .update();
        if (started == 1) {
            return Optional.empty();
        }
        return Optional.of(jdbc.sql("""
                        select reply, answered_at, replay from delivery
                        where platform = :platform and workspace_id = :workspace and delivery_id = :delivery
                        """)
                .params(key)
                .query((rs, row) -> repeat(rs.getString("reply"), instant(rs.getTimestamp("answered_at")), rs.getString("replay"),
                        context(inbound.user(), inbound.deliveryId()), now))
                .optional()
                .orElse(new Repeat.InProgress()));
    }

    private Repeat repeat(@Nullable String sealed, @Nullable Instant answeredAt, @Nullable String replay, String context, Instant now) {
        if (answeredAt == null) {
            return new Repeat.InProgress();
        }
        if (Replay.SIGN_IN.name().equals(replay)) {
            return new Repeat.SignIn();
        }
        if (sealed == null || answeredAt.isBefore(now.minus(properties.keepReply()))) {
            return new Repeat.Forgotten();
        }
        try {
            return new Repeat.Answered(ReplyCodec.read(cipher.decrypt(sealed, context)));
        } catch (RuntimeException e) {
            // sealed with another key (changed since), or written by an older reply model: as good as forgotten
            log.warn("Could not open the stored answer to a delivery: {}", e.getMessage());
            return new Repeat.Forgotten();
        }
    }

    /**
     * Records the answer: sealed; or, for an answer holding a link, nothing but the mark that it
     * was a sign-in prompt.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void answered(Inbound inbound, Reply reply) {
        ChatUser user = inbound.user();
        boolean signIn = holdsLink(reply);
        String sealed = signIn ? null : cipher.encrypt(ReplyCodec.write(reply), context(user, inbound.deliveryId()));
        jdbc.sql("""
                        update delivery set reply = :reply, replay = :replay, answered_at = :now
                        where platform = :platform and workspace_id = :workspace and delivery_id = :delivery
                        """)
                .params(key(user, inbound.deliveryId())).param("reply", sealed)
                .param("replay", (signIn ? Replay.SIGN_IN : Replay.STORED).name()).param("now", now())
                .update();
    }

    /** The only link the core hands out is the sign-in link, whose state must rest nowhere. */
    private static boolean holdsLink(Reply reply) {
        return reply.blocks().stream().anyMatch(Block.Link.class::isInstance);
    }

    /** Forgets replies older than {@code keep-reply}, then deliveries and clicks older than {@code keep}. */
    @Transactional
    int purge() {
        Instant now = clock.instant();
        return jdbc.sql("update delivery set reply = null where reply is not null and answered_at < :before")
                .param("before", Timestamp.from(now.minus(properties.keepReply()))).update()
                + jdbc.sql("delete from delivery where received_at < :before")
                .param("before", Timestamp.from(now.minus(properties.keep()))).update();
    }

    private Timestamp now() {
        return Timestamp.from(clock.instant());
    }

    private static Map<String, Object> key(ChatUser user, String deliveryId) {
        return Map.of("platform", user.platform().name(), "workspace", user.workspaceId(), "delivery", deliveryId);
    }

    /**
     * A click's row, beside the deliveries of its platform and workspace: no platform's delivery id
     * starts so. Long ones are shortened to a prefix and a digest.
     */
    private static String clickId(ChatUser user, String click) {
        String id = "click:" + user.userId() + ":" + click;
        if (id.length() <= MAX_ID) {
            return id;
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(id.getBytes(StandardCharsets.UTF_8));
            return id.substring(0, MAX_ID - 65) + "#" + HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The associated data that seals the reply to its row: a reply copied to another row does not open. */
    private static String context(ChatUser user, String deliveryId) {
        return user.platform().name() + "|" + user.workspaceId() + "|" + deliveryId;
    }

    private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    /** A repeated delivery, and how to answer it. */
    sealed interface Repeat {

        /** The first copy is still being handled. */
        record InProgress() implements Repeat {
        }

        /** The stored answer (its files went out with the first answer). */
        record Answered(Reply reply) implements Repeat {
        }

        /** The answer was a sign-in prompt, whose link is not kept: answer with a fresh one. */
        record SignIn() implements Repeat {
        }

        /** Answered longer ago than answers are kept. */
        record Forgotten() implements Repeat {
        }
    }
}
