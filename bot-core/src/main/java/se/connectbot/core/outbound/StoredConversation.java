package se.connectbot.core.outbound;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import se.connectbot.core.chat.ConversationRef;

/**
 * A conversation the bot has heard from, as {@link ConversationStore} keeps it. Immutable.
 *
 * @param platformData what the platform needs to post there unasked (Slack: {@value #SLACK_ENTERPRISE_ID};
 *                     Teams: its service URL and conversation id), as its adapter added it
 * @param lastSeen     when something last came in from it (to within the store's cache time)
 */
public record StoredConversation(ConversationRef conversation, Map<String, String> platformData, Instant lastSeen) {

    /** Slack's Enterprise Grid organisation of the workspace. */
    public static final String SLACK_ENTERPRISE_ID = "enterpriseId";

    public StoredConversation {
        Objects.requireNonNull(conversation, "conversation");
        platformData = Map.copyOf(platformData);
        Objects.requireNonNull(lastSeen, "lastSeen");
    }

    public Optional<String> data(String key) {
        return Optional.ofNullable(platformData.get(key));
    }
}
