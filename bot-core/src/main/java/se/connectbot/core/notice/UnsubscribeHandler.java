package se.connectbot.core.notice;

import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

import se.connectbot.core.command.CommandHandler;
import se.connectbot.core.command.CommandRequest;
import se.connectbot.core.reply.Block;
import se.connectbot.core.reply.Reply;

/**
 * {@code avsluta prenumeration [n | alla]}: ends one subscription of this conversation, or all of
 * them; without an argument, lists them to choose from. Anyone linked in the conversation may end
 * them (whoever can read the channel can ask to stop its noise); never one of another conversation.
 */
@Component
class UnsubscribeHandler implements CommandHandler {

    private static final Set<String> ALL = Set.of("alla", "all", "allt", "everything");

    private final SubscriptionStore store;
    private final SubscriptionsHandler list;

    UnsubscribeHandler(SubscriptionStore store, SubscriptionsHandler list) {
        this.store = store;
        this.list = list;
    }

    @Override
    public Reply handle(CommandRequest request) {
        // "avsluta prenumerationen på driftstörningar": only a number or "all" says which
        List<String> words = request.args().folded().stream().map(w -> w.replace("#", ""))
                .filter(w -> ALL.contains(w) || w.matches("\\d{1,18}")).toList();
        if (words.isEmpty() && request.args().tokens().stream().anyMatch(t -> t.matches(".*\\d.*"))) {
            return Reply.of(new Block.Text(request.text("notice.unsubscribe.which", request.args().raw()), Block.Tone.WARNING));
        }
        if (words.isEmpty()) {
            return list.handle(request);
        }
        if (ALL.contains(words.get(0))) {
            int removed = store.removeAll(request.conversation());
            return Reply.of(new Block.Text(request.text("notice.unsubscribed.all", removed), Block.Tone.SUCCESS));
        }
        long id = Long.parseLong(words.get(0));
        return store.remove(request.conversation(), id)
                ? Reply.of(new Block.Text(request.text("notice.unsubscribed", id), Block.Tone.SUCCESS))
                : Reply.of(new Block.Text(request.text("notice.unsubscribe.none", id), Block.Tone.WARNING));
    }
}
