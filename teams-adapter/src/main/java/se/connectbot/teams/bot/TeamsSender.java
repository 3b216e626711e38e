package se.connectbot.teams.bot;

import com.microsoft.bot.schema.Activity;
import java.util.List;
import se.connectbot.core.chat.ChatUser;
import se.connectbot.core.chat.Platform;
import se.connectbot.core.i18n.Language;
import se.connectbot.core.i18n.UserLanguages;
import se.connectbot.core.outbound.ConversationStore;
import se.connectbot.core.outbound.MessageRef;
import se.connectbot.core.outbound.OutboundError;
import se.connectbot.core.outbound.OutboundException;
import se.connectbot.core.outbound.OutboundSender;
import se.connectbot.core.outbound.Outgoing;
import se.connectbot.core.outbound.StoredConversation;
import se.connectbot.core.reply.Reply;
import se.connectbot.teams.render.CardRenderer;

/**
 * The core's outbound port on Teams: what the bot says unasked goes to the conversation's service
 * URL, as the {@link ConversationStore} learnt it from Teams ({@link ConversationRecorder}).
 * A thread reply in a channel goes into the parent's thread; chats have no threads, so there it
 * follows the parent. A private message opens (or finds) the person's 1:1 chat with the bot.
 * Words of the adapter's own in an unasked message (a select's button, a file link's note) are in
 * the person's chosen language in a private message ({@link UserLanguages}); in a conversation,
 * where several read them, the language the {@link Outgoing} carries (that of its text).
 * Thread-safe.
 */
final class TeamsSender implements OutboundSender {

    private final ReplyDelivery delivery;
    private final CardRenderer renderer;
    private final ConversationStore store;
    private final UserLanguages languages;

    TeamsSender(ReplyDelivery delivery, CardRenderer renderer, ConversationStore store, UserLanguages languages) {
        this.delivery = delivery;
        this.renderer = renderer;
        this.store = store;
        this.languages = languages;
    }

    @Override
    public Platform platform() {
        return Platform.TEAMS;
    }

    @Override
    public MessageRef send(Outgoing outgoing) {
        try {
            return switch (outgoing) {
                case Outgoing.Post post -> post(post.to().workspaceId(), post.to().channelId(), post.reply(), post.language());
                case Outgoing.File file -> post(file.to().workspaceId(), file.to().channelId(), file.reply(), file.language());
                case Outgoing.Update update -> update(update.message(), update.reply(), update.language());
                case Outgoing.ThreadReply thread -> threadReply(thread.parent(), thread.reply(), thread.language());
                case Outgoing.Private personal -> privately(personal.to().workspaceId(), personal.to().userId(), personal.reply());
            };
        } catch (OutboundException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new OutboundException(OutboundError.TRANSIENT, "Teams send failed: " + e.getMessage(), e);
        }
    }

    private MessageRef post(String tenant, String conversationId, Reply reply, Language language) {
        Where where = where(tenant, conversationId);
        return first(tenant, conversationId, delivery.send(reply, where, language, null));
    }

    private MessageRef update(MessageRef message, Reply reply, Language language) {
        CardRenderer.Rendered rendered = renderer.render(reply, language);
        if (rendered.cards().size() != 1 || !rendered.files().isEmpty()) {
            throw new OutboundException(OutboundError.MESSAGE_TOO_LARGE,
                    "an update must be one card without files but rendered " + rendered.cards().size() + " cards, " + rendered.files().size() + " files");
        }
        Where where = where(message.workspaceId(), message.conversationId());
        Activity activity = ReplyDelivery.cardActivity(rendered.cards().get(0));
        activity.setId(message.messageId());
        delivery.updateOrFail(where, message.messageId(), activity);
        return message;
    }

    private MessageRef threadReply(MessageRef parent, Reply reply, Language language) {
        StoredConversation stored = stored(parent.workspaceId(), parent.conversationId());
        boolean channel = Incoming.CHANNEL.equals(stored.platformData().get(ConversationRecorder.TYPE));
        String conversation = channel ? parent.conversationId() + ";messageid=" + parent.messageId() : parent.conversationId();
        Where where = new Where(serviceUrl(stored), parent.workspaceId(), conversation, isPersonal(stored));
        return first(parent.workspaceId(), parent.conversationId(), delivery.send(reply, where, language, null));
    }

    private MessageRef privately(String tenant, String userId, Reply reply) {
        StoredConversation any = store.latestIn(Platform.TEAMS, tenant)
                .orElseThrow(() -> new OutboundException(OutboundError.NO_ACCESS, "the bot has heard nothing from Teams tenant " + tenant));
        String serviceUrl = serviceUrl(any);
        String chat = delivery.openPersonalChat(serviceUrl, tenant, userId);
        Language language = languages.resolve(new ChatUser(Platform.TEAMS, tenant, userId), null);
        return first(tenant, chat, delivery.send(reply, new Where(serviceUrl, tenant, chat, true), language, null));
    }

    private Where where(String tenant, String conversationId) {
        StoredConversation stored = stored(tenant, conversationId);
        return new Where(serviceUrl(stored), tenant, conversationId, isPersonal(stored));
    }

    private StoredConversation stored(String tenant, String conversationId) {
        StoredConversation stored = store.find(Platform.TEAMS, tenant, conversationId)
                .orElseThrow(() -> new OutboundException(OutboundError.NO_ACCESS, "unknown Teams conversation " + conversationId));
        if ("false".equals(stored.platformData().get(ConversationRecorder.INSTALLED))) {
            throw new OutboundException(OutboundError.NO_ACCESS, "the bot was removed from Teams conversation " + conversationId);
        }
        return stored;
    }

    private static String serviceUrl(StoredConversation stored) {
        return stored.data(ConversationRecorder.SERVICE_URL)
                .orElseThrow(() -> new OutboundException(OutboundError.NO_ACCESS, "no service URL known for " + stored.conversation().channelId()));
    }

    private static boolean isPersonal(StoredConversation stored) {
        return Incoming.PERSONAL.equals(stored.platformData().get(ConversationRecorder.TYPE));
    }

    private static MessageRef first(String tenant, String conversationId, List<String> ids) {
        String id = ids.stream().filter(s -> !s.isBlank()).findFirst()
                .orElseThrow(() -> new OutboundException(OutboundError.TRANSIENT, "Teams answered no message id"));
        return new MessageRef(Platform.TEAMS, tenant, conversationId, id);
    }
}
