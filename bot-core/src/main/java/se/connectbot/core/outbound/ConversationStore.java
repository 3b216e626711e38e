package se.connectbot.core.outbound;

import java.util.Map;
import java.util.Optional;
import se.connectbot.core.chat.ConversationRef;
import se.connectbot.core.chat.Platform;

/**
 * The conversations the bot has heard from, per platform and workspace, kept current from what
 * comes in (the engine records each inbound's conversation; adapters add what their platform
 * needs to post there unasked), so that a capability or a sender can post there later from any
 * instance. Implementations are thread-safe and cheap to call on every inbound: a write is
 * skipped when nothing changed since this instance last wrote it.
 */
public interface ConversationStore {

    /** Remembers the conversation (whether it is shared included) and that it was seen now. */
    void record(ConversationRef conversation);

    /**
     * Adds the platform's data to the conversation (recording it if new), keeping keys not named;
     * a null value is not allowed.
     */
    void addPlatformData(ConversationRef conversation, Map<String, String> data);

    /** The conversation with that channel, whatever its {@code shared} flag says. */
    Optional<StoredConversation> find(Platform platform, String workspaceId, String channelId);

    /**
     * The conversation of the workspace seen last: for what a platform keeps per workspace
     * (Slack's enterprise id) when a private message names no channel.
     */
    Optional<StoredConversation> latestIn(Platform platform, String workspaceId);
}
