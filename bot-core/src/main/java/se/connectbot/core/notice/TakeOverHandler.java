package se.connectbot.core.notice;

import org.springframework.stereotype.Component;

import se.connectbot.core.command.CommandHandler;
import se.connectbot.core.command.CommandRequest;
import se.connectbot.core.command.SignInRequired;
import se.connectbot.core.linking.AccountLinking;
import se.connectbot.core.linking.LinkedAccount;
import se.connectbot.core.reply.Block;
import se.connectbot.core.reply.Reply;

/**
 * {@code ta över prenumeration <n>}: a linked person in the conversation takes over a subscription
 * whose owner is gone; from then on it runs with their rights (their services' areas). Only an
 * orphaned subscription of this very conversation, and only once: a second click finds it taken.
 * The subscription then speaks the new owner's language (the one this answer is in).
 */
@Component
class TakeOverHandler implements CommandHandler {

    private final SubscriptionStore store;
    private final AccountLinking linking;

    TakeOverHandler(SubscriptionStore store, AccountLinking linking) {
        this.store = store;
        this.linking = linking;
    }

    @Override
    public Reply handle(CommandRequest request) {
        long id;
        try {
            id = Long.parseLong(request.args().folded().stream().map(w -> w.replace("#", "")).findFirst().orElse(""));
        } catch (NumberFormatException e) {
            return Reply.text(request.text("notice.takeover.which"));
        }
        LinkedAccount owner = linking.find(request.user()).orElseThrow(SignInRequired::new);
        Scope scope = SubscribeHandler.scope(request);
        return store.takeOver(request.conversation(), id, request.user(), owner.portalUserId(), owner.name(), request.language(), scope)
                ? Reply.of(new Block.Text(request.text("notice.takenover", id, owner.name()), Block.Tone.SUCCESS))
                : Reply.of(new Block.Text(request.text("notice.takeover.none", id), Block.Tone.WARNING));
    }
}
