package se.connectbot.slack.inbound;

import org.jspecify.annotations.Nullable;
import se.connectbot.core.chat.Inbound;
import se.connectbot.core.dispatch.Arrival;

/**
 * One thing a Slack user did, as a listener captured it before acknowledging: enough for the
 * core's dispatch to claim it, to build the core's {@link Inbound} and to answer it, without
 * touching Slack again on the request thread. The token never appears in {@link #toString()}.
 *
 * @param deliveryId the core's delivery id (see {@link SlackListeners} for how each kind is chosen)
 * @param click      what was clicked, for a click (claimed by the dispatch against double clicks)
 * @param sharing    what is known of who else reads the conversation
 */
record Interaction(
        String deliveryId,
        Arrival.@Nullable Click click,
        @Nullable String enterpriseId,
        String teamId,
        String userId,
        String channelId,
        Sharing sharing,
        Inbound.Payload payload,
        String botToken,
        @Nullable String responseUrl,
        @Nullable String triggerId,
        @Nullable String threadTs) {

    enum Sharing {
        /** A channel, group or someone else's direct messages: others read along. */
        SHARED,
        /** The user's own direct messages with the bot. */
        PRIVATE,
        /** A direct-message conversation: ask Slack whose it is. */
        ASK
    }

    @Override
    public String toString() {
        return "Interaction[" + deliveryId + ", team=" + teamId + ", user=" + userId + ", channel=" + channelId
                + ", " + payload.getClass().getSimpleName() + "]";
    }
}
