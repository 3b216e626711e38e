package se.connectbot.discord.inbound;

import java.util.Locale;
import org.jspecify.annotations.Nullable;
import se.connectbot.core.chat.Inbound;
import se.connectbot.core.dispatch.Arrival;

/**
 * What the adapter keeps of one interaction (or direct message) for the core: who, where, what.
 *
 * @param token       the interaction's token, a bearer credential of 15 minutes for its replies;
 *                    null for a direct message, which is answered in its conversation
 * @param guildId     null in a direct conversation
 * @param ephemeral   whether the reply was deferred as only-you-can-see-this
 * @param uploadLimit the most bytes of files a message may carry there
 */
record Interaction(String deliveryId, Arrival.@Nullable Click click, @Nullable String guildId, String channelId, String userId,
                   @Nullable String userName, @Nullable String guildName, @Nullable Locale locale, Inbound.Payload payload,
                   @Nullable String token, boolean ephemeral, long uploadLimit) {

    /** Without the token: a bearer credential never goes into a log. */
    @Override
    public String toString() {
        return "Interaction[" + deliveryId + ", user " + userId + ", channel " + channelId + ", " + payload.getClass().getSimpleName() + "]";
    }
}
