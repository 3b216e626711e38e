package se.connectbot.core.dispatch;

import java.util.Map;
import java.util.Objects;
import se.connectbot.core.chat.Inbound;

/**
 * What an adapter gives the dispatch, besides the {@link Arrival}, so that any instance of the bot
 * can finish the delivery should the one that acknowledged it die: the payload, and whatever the
 * adapter needs to rebuild its {@link ReplySender} ({@link ResumableSenders.Factory}). Stored sealed,
 * so the context may hold bearer URLs (a Slack {@code response_url}); never a token, which the
 * adapter looks up again when it resumes.
 */
public record Resumable(Inbound.Payload payload, Map<String, String> context) {

    public Resumable {
        Objects.requireNonNull(payload, "payload");
        context = Map.copyOf(context);
    }

    @Override
    public String toString() {
        return "Resumable[" + payload.getClass().getSimpleName() + ", context keys " + context.keySet() + "]";
    }
}
