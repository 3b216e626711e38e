package se.connectbot.core.notice;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import se.connectbot.core.command.CommandButtons;
import se.connectbot.core.command.CommandHandler;
import se.connectbot.core.command.CommandRequest;
import se.connectbot.core.command.SignInRequired;
import se.connectbot.core.linking.AccountLinking;
import se.connectbot.core.linking.LinkedAccount;
import se.connectbot.core.reply.Block;
import se.connectbot.core.reply.Reply;
import se.connectbot.portal.api.ServiceQuery;
import se.connectbot.portal.api.ServiceSummary;

/**
 * {@code prenumerera drift [filters]}: subscribes the conversation to outage notices, owned by
 * the asker's linked portal user and scoped to the areas of the services that user may see.
 * Without filters it asks (the guided part): everything that touches us, or narrower.
 */
@Component
class SubscribeHandler implements CommandHandler {

    private static final int SERVICE_PAGES = 10;

    private final SubscriptionStore store;
    private final AccountLinking linking;

    SubscribeHandler(SubscriptionStore store, AccountLinking linking) {
        this.store = store;
        this.linking = linking;
    }

    @Override
    public Reply handle(CommandRequest request) {
        if (request.args().isEmpty()) {
            return choices(request);
        }
        Scope scope = scope(request);
        return switch (FilterParser.parse(request.args().tokens(), scope)) {
            case FilterParser.Result.Unknown unknown -> Reply.of(new Block.Text(unknown.suggestion() == null
                    ? request.text("notice.unknown", unknown.word())
                    : request.text("notice.unknown.suggest", unknown.word(), unknown.suggestion()), Block.Tone.WARNING));
            case FilterParser.Result.Parsed parsed -> subscribe(request, scope, parsed);
        };
    }

    private Reply subscribe(CommandRequest request, Scope scope, FilterParser.Result.Parsed parsed) {
        LinkedAccount owner = linking.find(request.user()).orElseThrow(SignInRequired::new);
        long id = store.add(request.conversation(), request.user(), owner.portalUserId(), owner.name(), request.language(),
                parsed.filter(), scope, parsed.quiet());
        Subscription made = store.find(id).orElseThrow();
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Text(request.text("notice.subscribed", id, OwnerNotices.describe(made, request.messages()), owner.name()),
                Block.Tone.SUCCESS));
        if (parsed.filter().byOwnAreas() && scope.accounts().values().stream().allMatch(a -> a.towns().isEmpty() && a.postcodes().isEmpty())) {
            blocks.add(new Block.Text(request.text("notice.scope.empty"), Block.Tone.WARNING));
        }
        return new Reply(blocks, Reply.Visibility.CONVERSATION);
    }

    /** The guided start: the common choices as buttons, each a command one could type. */
    private static Reply choices(CommandRequest request) {
        return Reply.of(Block.text(request.text("notice.choose")), new Block.Choices(null, List.of(
                CommandButtons.run(request.text("notice.choose.own"), "subscribe outages default"),
                CommandButtons.run(request.text("notice.choose.major"), "subscribe outages major"),
                CommandButtons.run(request.text("notice.choose.mobile"), "subscribe outages mobile"),
                CommandButtons.run(request.text("notice.choose.fixed"), "subscribe outages fixed")), Block.ChoiceStyle.BUTTONS),
                Block.text(request.text("notice.choose.more")));
    }

    /** The areas of every service the linked user may see (as many pages as is reasonable). */
    static Scope scope(CommandRequest request) {
        List<ServiceSummary> all = new ArrayList<>();
        for (int page = 0; page < SERVICE_PAGES; page++) {
            var result = request.portal().services(ServiceQuery.all().withPage(page, 100));
            all.addAll(result.items());
            if (!result.hasNext()) {
                break;
            }
        }
        return Scope.of(all);
    }
}
