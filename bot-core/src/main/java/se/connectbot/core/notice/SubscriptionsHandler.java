package se.connectbot.core.notice;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import se.connectbot.core.command.CommandButtons;
import se.connectbot.core.command.CommandHandler;
import se.connectbot.core.command.CommandRequest;
import se.connectbot.core.reply.Block;
import se.connectbot.core.reply.Reply;

/**
 * {@code prenumerationer}: this conversation's subscriptions with owner, filters, the language each
 * was made in (the newest active one's is the language the bot posts in here) and state.
 */
@Component
class SubscriptionsHandler implements CommandHandler {

    private final SubscriptionStore store;

    SubscriptionsHandler(SubscriptionStore store) {
        this.store = store;
    }

    @Override
    public Reply handle(CommandRequest request) {
        List<Subscription> here = store.in(request.conversation());
        if (here.isEmpty()) {
            return Reply.of(Block.text(request.text("notice.list.none")),
                    new Block.Choices(null, List.of(CommandButtons.run(request.text("notice.list.subscribe"), "subscribe outages")),
                            Block.ChoiceStyle.BUTTONS));
        }
        List<List<String>> rows = new ArrayList<>();
        List<Block.Choice> actions = new ArrayList<>();
        for (Subscription s : here) {
            rows.add(List.of("#" + s.id(), OwnerNotices.describe(s, request.messages()), s.ownerName(),
                    request.text("notice.language." + s.language().name()), request.text("notice.state." + s.state().name())));
            actions.add(CommandButtons.run(request.text("notice.list.unsubscribe", s.id()), "unsubscribe " + s.id()));
        }
        return Reply.of(Block.heading(request.text("notice.list.heading", here.size())),
                new Block.Table(List.of("#", request.text("notice.col.filter"), request.text("notice.col.owner"),
                        request.text("notice.col.language"), request.text("notice.col.state")), rows, actions, null));
    }
}
