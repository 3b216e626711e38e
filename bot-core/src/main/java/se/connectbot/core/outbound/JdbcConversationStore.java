package se.connectbot.core.outbound;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import se.connectbot.core.chat.ConversationRef;
import se.connectbot.core.chat.Platform;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@link ConversationStore} in PostgreSQL (table {@code conversation_ref}). Each instance
 * remembers for {@link #UNCHANGED_FOR} what it last wrote, and skips a write that would change
 * nothing: an inbound then costs no database write, and {@code last_seen_at} is that coarse.
 * The database stays the truth; the caches only save writes. Thread-safe.
 */
@Component
class JdbcConversationStore implements ConversationStore {

    static final Duration UNCHANGED_FOR = Duration.ofMinutes(10);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<Map<String, String>> STRING_MAP = new TypeReference<>() { };

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Cache<ConversationRef, Boolean> recorded;
    private final Cache<Key, Map<String, String>> added;

    JdbcConversationStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
        // the injected clock drives expiry too, so tests move it with their fake clock
        this.recorded = Caffeine.newBuilder().maximumSize(20_000).expireAfterWrite(UNCHANGED_FOR)
                .ticker(() -> clock.millis() * 1_000_000L).build();
        this.added = Caffeine.newBuilder().maximumSize(20_000).expireAfterWrite(UNCHANGED_FOR)
                .ticker(() -> clock.millis() * 1_000_000L).build();
    }

    @Override
    public void record(ConversationRef conversation) {
        if (recorded.getIfPresent(conversation) != null) {
            return;
        }
        jdbc.sql("""
                        insert into conversation_ref (platform, workspace_id, channel_id, shared, last_seen_at)
                        values (:platform, :workspace, :channel, :shared, :now)
                        on conflict (platform, workspace_id, channel_id)
                        do update set shared = excluded.shared, last_seen_at = excluded.last_seen_at""")
                .param("platform", conversation.platform().name()).param("workspace", conversation.workspaceId())
                .param("channel", conversation.channelId()).param("shared", conversation.shared())
                .param("now", Timestamp.from(clock.instant())).update();
        recorded.put(conversation, Boolean.TRUE);
    }

    @Override
    public void addPlatformData(ConversationRef conversation, Map<String, String> data) {
        Map<String, String> copy = Map.copyOf(data);
        Key key = Key.of(conversation.platform(), conversation.workspaceId(), conversation.channelId());
        if (copy.equals(added.getIfPresent(key))) {
            return;
        }
        jdbc.sql("""
                        insert into conversation_ref (platform, workspace_id, channel_id, shared, platform_data, last_seen_at)
                        values (:platform, :workspace, :channel, :shared, cast(:data as jsonb), :now)
                        on conflict (platform, workspace_id, channel_id)
                        do update set platform_data = conversation_ref.platform_data || excluded.platform_data,
                                      last_seen_at = excluded.last_seen_at""")
                .param("platform", key.platform()).param("workspace", key.workspaceId()).param("channel", key.channelId())
                .param("shared", conversation.shared()).param("data", JSON.writeValueAsString(copy))
                .param("now", Timestamp.from(clock.instant())).update();
        added.put(key, copy);
    }

    @Override
    public Optional<StoredConversation> find(Platform platform, String workspaceId, String channelId) {
        return jdbc.sql("select * from conversation_ref where platform = :platform and workspace_id = :workspace and channel_id = :channel")
                .param("platform", platform.name()).param("workspace", workspaceId).param("channel", channelId)
                .query(JdbcConversationStore::row).optional();
    }

    @Override
    public Optional<StoredConversation> latestIn(Platform platform, String workspaceId) {
        return jdbc.sql("""
                        select * from conversation_ref where platform = :platform and workspace_id = :workspace
                        order by last_seen_at desc limit 1""")
                .param("platform", platform.name()).param("workspace", workspaceId)
                .query(JdbcConversationStore::row).optional();
    }

    private static StoredConversation row(ResultSet rs, int rowNum) throws SQLException {
        ConversationRef conversation = new ConversationRef(Platform.valueOf(rs.getString("platform")),
                rs.getString("workspace_id"), rs.getString("channel_id"), rs.getBoolean("shared"));
        Map<String, String> data = JSON.readValue(Objects.requireNonNull(rs.getString("platform_data")), STRING_MAP);
        return new StoredConversation(conversation, data, rs.getTimestamp("last_seen_at").toInstant());
    }

    private record Key(String platform, String workspaceId, String channelId) {
        static Key of(Platform platform, String workspaceId, String channelId) {
            return new Key(platform.name(), workspaceId, channelId);
        }
    }
}
