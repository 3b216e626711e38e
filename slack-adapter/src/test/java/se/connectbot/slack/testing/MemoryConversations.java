package se.connectbot.slack.testing;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import se.connectbot.core.chat.ConversationRef;
import se.connectbot.core.chat.Platform;
import se.connectbot.core.outbound.ConversationStore;
import se.connectbot.core.outbound.StoredConversation;

/** The core's conversation store in memory, for the adapter's tests, which run without the core. */
public final class MemoryConversations implements ConversationStore {

    private final Map<String, StoredConversation> stored = new ConcurrentHashMap<>();
    private volatile long seen;

    @Override
    public void record(ConversationRef conversation) {
        stored.merge(key(conversation.platform(), conversation.workspaceId(), conversation.channelId()),
                new StoredConversation(conversation, Map.of(), next()),
                (old, fresh) -> new StoredConversation(conversation, old.platformData(), fresh.lastSeen()));
    }

    @Override
    public void addPlatformData(ConversationRef conversation, Map<String, String> data) {
        stored.merge(key(conversation.platform(), conversation.workspaceId(), conversation.channelId()),
                new StoredConversation(conversation, data, next()), (old, fresh) -> {
                    Map<String, String> merged = new HashMap<>(old.platformData());
                    merged.putAll(data);
                    return new StoredConversation(old.conversation(), merged, fresh.lastSeen());
                });
    }

    @Override
    public Optional<StoredConversation> find(Platform platform, String workspaceId, String channelId) {
        return Optional.ofNullable(stored.get(key(platform, workspaceId, channelId)));
    }

    @Override
    public Optional<StoredConversation> latestIn(Platform platform, String workspaceId) {
        return stored.values().stream()
                .filter(c -> c.conversation().platform() == platform && c.conversation().workspaceId().equals(workspaceId))
                .max(java.util.Comparator.comparing(StoredConversation::lastSeen));
    }

    public void clear() {
        stored.clear();
    }

    private synchronized Instant next() {
        return Instant.ofEpochSecond(1_700_000_000L + ++seen);
    }

    private static String key(Platform platform, String workspaceId, String channelId) {
        return platform + "|" + workspaceId + "|" + channelId;
    }
}
