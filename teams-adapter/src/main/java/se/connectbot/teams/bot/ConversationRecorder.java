package se.connectbot.teams.bot;

import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.ChannelAccount;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.connectbot.core.outbound.ConversationStore;

/**
 * Keeps the core's {@link ConversationStore} current with what the sender needs to post into a
 * Teams conversation unasked (its service URL and type), and with whether the bot is installed
 * there: bot added ({@code conversationUpdate} with the bot among the members added, or
 * {@code installationUpdate} add), removed, or others added. A failing store is logged; the
 * activity is still answered.
 */
final class ConversationRecorder {

    private static final Logger log = LoggerFactory.getLogger(ConversationRecorder.class);
    static final String SERVICE_URL = "serviceUrl";
    static final String TYPE = "conversationType";
    static final String INSTALLED = "installed";

    private final @Nullable ConversationStore store;

    ConversationRecorder(@Nullable ConversationStore store) {
        this.store = store;
    }

    /** A message or click came from the conversation. */
    void seen(Incoming incoming) {
        write(incoming, null);
    }

    void update(Activity activity, Incoming incoming) {
        String bot = incoming.botId();
        Boolean installed = null;
        if (contains(activity.getMembersAdded(), bot) || "add".equalsIgnoreCase(activity.getAction())) {
            installed = true;
        } else if (contains(activity.getMembersRemoved(), bot) || "remove".equalsIgnoreCase(activity.getAction())) {
            installed = false;
        }
        log.info("Teams conversation update in {}: bot {}", incoming.baseConversationId(),
                installed == null ? "unchanged" : installed ? "installed" : "removed");
        write(incoming, installed);
    }

    private void write(Incoming incoming, @Nullable Boolean installed) {
        if (store == null) {
            return;
        }
        Map<String, String> data = new HashMap<>();
        data.put(SERVICE_URL, incoming.serviceUrl());
        data.put(TYPE, incoming.conversationType());
        if (installed != null) {
            data.put(INSTALLED, installed.toString());
        }
        try {
            store.addPlatformData(incoming.conversation(), data);
        } catch (RuntimeException e) {
            log.warn("Could not record Teams conversation {}: {}", incoming.baseConversationId(), e.toString());
        }
    }

    private static boolean contains(@Nullable List<ChannelAccount> members, String id) {
        return members != null && members.stream().anyMatch(m -> id.equals(m.getId()));
    }
}
