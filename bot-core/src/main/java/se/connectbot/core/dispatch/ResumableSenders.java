package se.connectbot.core.dispatch;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import se.connectbot.core.chat.ChatUser;
import se.connectbot.core.chat.Inbound;
import se.connectbot.core.chat.Platform;

/**
 * Per platform, how an accepted delivery is picked up again on any instance: the adapter rebuilds
 * the inbound and its sender from what it stored ({@link Resumable}). Each adapter declares one
 * {@link Factory} bean; the policy (when, how often, giving up) is the core's {@link Takeover}.
 */
public final class ResumableSenders {

    private final Map<Platform, Factory> factories = new EnumMap<>(Platform.class);

    ResumableSenders(List<Factory> all) {
        for (Factory factory : all) {
            if (factories.put(factory.platform(), factory) != null) {
                throw new IllegalStateException("two resumable senders for " + factory.platform());
            }
        }
    }

    Optional<Factory> forPlatform(Platform platform) {
        return Optional.ofNullable(factories.get(platform));
    }

    /** An adapter's way back to a delivery it accepted, possibly on another instance. */
    public interface Factory {

        Platform platform();

        /** Rebuilds the turn; may throw (a workspace uninstalled since): the takeover counts it as a failed attempt. */
        Resumed resume(Accepted accepted);
    }

    /** What was stored for a delivery. */
    public record Accepted(ChatUser user, String deliveryId, Inbound.Payload payload, Map<String, String> context) {

        /**
         * A context value the adapter cannot resume without.
         *
         * @throws IllegalStateException naming the key when it was not stored (the takeover counts it as a failed attempt)
         */
        public String required(String key) {
            String value = context.get(key);
            if (value == null) {
                throw new IllegalStateException("stored " + user.platform() + " work " + deliveryId + " lacks its " + key);
            }
            return value;
        }
    }

    /**
     * The turn again: how to build the inbound (on the workers) and where to send the answer; or,
     * for work an adapter dispatched as its own ({@link InboundDispatch#dispatch(Arrival, ReplySender, Resumable, Runnable)}),
     * that work again, run in place of the engine.
     *
     * @param inbound as {@link Arrival#inbound()}
     * @param work    the adapter's own work, or null for an engine turn
     */
    public record Resumed(Supplier<Inbound> inbound, ReplySender sender, @Nullable Runnable work) {

        public Resumed(Supplier<Inbound> inbound, ReplySender sender) {
            this(inbound, sender, null);
        }

        /** The adapter's own work again, with where to send its notes. */
        public static Resumed work(Runnable work, ReplySender sender) {
            return new Resumed(() -> {
                throw new IllegalStateException("an adapter's own work has no inbound");
            }, sender, work);
        }
    }
}
