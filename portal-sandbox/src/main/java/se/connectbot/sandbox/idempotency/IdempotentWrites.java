package se.connectbot.sandbox.idempotency;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import se.connectbot.sandbox.user.PortalUser;
import se.connectbot.sandbox.web.ConflictException;

/**
 * Runs a write at most once per caller and Idempotency-Key within {@link #WINDOW}. The key's
 * record is written in the same transaction as the work, so a failed write leaves the key
 * unused; two concurrent requests with one key are serialised by the record's primary key, the
 * second waiting for the first and then answered with its result. Thread-safe.
 */
@Component
public class IdempotentWrites {

    /** How long a key is remembered; after it, the key may be used afresh. */
    public static final Duration WINDOW = Duration.ofHours(24);

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;

    IdempotentWrites(JdbcClient jdbc, TransactionTemplate transactions, Clock clock) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Keys of a portal user. */
    public static String caller(PortalUser user) {
        return "user:" + user.id();
    }

    /** Keys of a client acting for itself (client credentials). */
    public static String clientCaller(String clientId) {
        return "client:" + clientId;
    }

    /**
     * @param caller  whose keys: {@link #caller(PortalUser)} or {@link #clientCaller(String)}
     * @param request a description of the whole request (operation, target, body), equal for
     *                equal requests; two different requests must not describe alike
     * @param create  does the work and returns the id of what it made
     * @param load    reads what an id names, for the answer
     * @throws ConflictException when the key was used before for another request
     */
    public <T> Idempotent<T> once(String caller, String key, String request, Supplier<String> create, Function<String, T> load) {
        String hash = sha256(request);
        Idempotent<T> result = transactions.execute(status -> {
            OffsetDateTime now = OffsetDateTime.now(clock);
            jdbc.sql("delete from idempotency_record where caller = :caller and idempotency_key = :key and created_at < :expired")
                    .param("caller", caller).param("key", key).param("expired", now.minus(WINDOW)).update();
            int inserted = jdbc.sql("""
                    insert into idempotency_record (caller, idempotency_key, request_hash, created_at)
                    values (:caller, :key, :hash, :now) on conflict do nothing""")
                    .param("caller", caller).param("key", key).param("hash", hash).param("now", now)
                    .update();
            if (inserted == 1) {
                String id = create.get();
                jdbc.sql("update idempotency_record set resource_id = :id where caller = :caller and idempotency_key = :key")
                        .param("id", id).param("caller", caller).param("key", key).update();
                return new Idempotent<>(load.apply(id), true);
            }
            return repeat(caller, key, hash, load);
        });
        return Objects.requireNonNull(result);
    }

    private <T> Idempotent<T> repeat(String caller, String key, String hash, Function<String, T> load) {
        Earlier earlier = jdbc.sql("select request_hash, resource_id from idempotency_record where caller = :caller and idempotency_key = :key")
                .param("caller", caller).param("key", key)
                .query((rs, n) -> new Earlier(rs.getString("request_hash"), rs.getString("resource_id")))
                .single();
        if (!earlier.hash().equals(hash) || earlier.resourceId() == null) {
            throw new ConflictException("The Idempotency-Key '" + key + "' was already used for another request");
        }
        return new Idempotent<>(load.apply(earlier.resourceId()), false);
    }

    /** Describes a request from its parts, each length-prefixed so that no two lists describe alike. */
    public static String describe(@Nullable Object... parts) {
        StringBuilder description = new StringBuilder();
        for (Object part : parts) {
            if (part == null) {
                description.append("~;");
                continue;
            }
            String text = String.valueOf(part);
            description.append(text.length()).append(':').append(text).append(';');
        }
        return description.toString();
    }

    private static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private record Earlier(String hash, @Nullable String resourceId) {
    }
}
