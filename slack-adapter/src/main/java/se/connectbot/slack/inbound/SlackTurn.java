package se.connectbot.slack.inbound;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import se.connectbot.core.chat.ChatUser;
import se.connectbot.core.chat.ConversationRef;
import se.connectbot.core.chat.DisplayNames;
import se.connectbot.core.chat.Inbound;
import se.connectbot.core.chat.Platform;
import se.connectbot.core.dispatch.Arrival;
import se.connectbot.core.dispatch.InboundDispatch;
import se.connectbot.core.dispatch.ReplySender;
import se.connectbot.core.dispatch.Resumable;
import se.connectbot.core.i18n.Language;
import se.connectbot.core.reply.Reply;
import se.connectbot.slack.deliver.ReplyDelivery;
import se.connectbot.slack.deliver.ReplyTarget;

/**
 * One interaction as the core's dispatch sees it: the {@link Arrival} to claim, the
 * {@link Inbound} built on the dispatch's workers (asking Slack for the user's locale and name
 * and whose conversation it is), and the Slack way of sending the answer and the dispatch's
 * notes. Notes are ephemeral wherever they go, so they need no lookup of who reads along.
 */
final class SlackTurn implements ReplySender {

    private final Interaction interaction;
    private final UserDirectory directory;
    private final ReplyDelivery delivery;
    private volatile @Nullable ReplyTarget target;

    SlackTurn(Interaction interaction, UserDirectory directory, ReplyDelivery delivery) {
        this.interaction = interaction;
        this.directory = directory;
        this.delivery = delivery;
    }

    Arrival arrival() {
        return new Arrival(interaction.deliveryId(), user(), interaction.click(), this::inbound);
    }

    /**
     * What any instance needs to finish this turn should this one die ({@link SlackResumer}): all
     * of the interaction but the bot token (looked up again) and the trigger id (expired by then).
     */
    Resumable resumable() {
        Interaction i = interaction;
        Map<String, String> context = new HashMap<>();
        context.put(SlackResumer.TEAM, i.teamId());
        context.put(SlackResumer.CHANNEL, i.channelId());
        context.put(SlackResumer.USER, i.userId());
        context.put(SlackResumer.SHARING, i.sharing().name());
        putIfKnown(context, SlackResumer.ENTERPRISE, i.enterpriseId());
        putIfKnown(context, SlackResumer.RESPONSE_URL, i.responseUrl());
        putIfKnown(context, SlackResumer.THREAD, i.threadTs());
        return new Resumable(i.payload(), context);
    }

    private static void putIfKnown(Map<String, String> context, String key, @Nullable String value) {
        if (value != null) {
            context.put(key, value);
        }
    }

    ChatUser user() {
        return new ChatUser(Platform.SLACK, interaction.teamId(), interaction.userId());
    }

    @Override
    public void send(Reply reply, Language language, Kind kind) {
        switch (kind) {
            case ANSWER -> delivery.deliver(reply, answerTarget(), language.locale());
            case NOTE -> delivery.note(reply, noteTarget(), language.locale());
        }
    }

    /** The language the bot speaks to the person: their choice in the bot, else their Slack locale (asked on the calling thread). */
    Locale language(InboundDispatch dispatch) {
        Interaction i = interaction;
        return dispatch.language(user(), directory.profile(i.botToken(), i.teamId(), i.userId()).locale()).locale();
    }

    private Inbound inbound() {
        Interaction i = interaction;
        UserDirectory.Profile profile = directory.profile(i.botToken(), i.teamId(), i.userId());
        return new Inbound(i.deliveryId(), user(),
                new ConversationRef(Platform.SLACK, i.teamId(), i.channelId(), answerTarget().shared()),
                profile.locale(), i.payload(),
                new DisplayNames(profile.name(), directory.workspaceName(i.botToken(), i.teamId())));
    }

    private ReplyTarget answerTarget() {
        ReplyTarget known = target;
        if (known == null) {
            known = target(shared());
            target = known;
        }
        return known;
    }

    private ReplyTarget noteTarget() {
        ReplyTarget known = target;
        return known != null ? known : target(true);
    }

    private boolean shared() {
        Interaction i = interaction;
        return switch (i.sharing()) {
            case SHARED -> true;
            case PRIVATE -> false;
            case ASK -> directory.shared(i.botToken(), i.teamId(), i.channelId(), i.userId());
        };
    }

    private ReplyTarget target(boolean shared) {
        Interaction i = interaction;
        return new ReplyTarget(i.enterpriseId(), i.teamId(), i.botToken(), i.channelId(), i.userId(), shared,
                i.responseUrl(), i.triggerId(), i.threadTs());
    }
}
