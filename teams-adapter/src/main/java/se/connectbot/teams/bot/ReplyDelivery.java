package se.connectbot.teams.bot;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.ActivityTypes;
import com.microsoft.bot.schema.Attachment;
import com.microsoft.bot.schema.ChannelAccount;
import com.microsoft.bot.schema.ConversationParameters;
import com.microsoft.bot.schema.TextFormatTypes;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.connectbot.core.i18n.Language;
import se.connectbot.core.i18n.Messages;
import se.connectbot.core.outbound.OutboundError;
import se.connectbot.core.outbound.OutboundException;
import se.connectbot.core.reply.Reply;
import se.connectbot.teams.connector.Connector;
import se.connectbot.teams.render.CardRenderer;
import se.connectbot.teams.render.TeamsText;

/**
 * Sends replies into Teams conversations: every card of the rendered reply as a message (or, for
 * the answer to a card click that fits one card, in place of the clicked card), then its files
 * ({@link FileDelivery}); a reply private to its user that was asked for in a shared conversation
 * goes to the user's 1:1 chat, with a short note where it was asked. Thread-safe.
 */
final class ReplyDelivery {

    private static final Logger log = LoggerFactory.getLogger(ReplyDelivery.class);
    static final String CARD = "application/vnd.microsoft.card.adaptive";

    private final Connector connector;
    private final CardRenderer renderer;
    private final FileDelivery files;
    private final String botId;

    ReplyDelivery(Connector connector, CardRenderer renderer, FileDelivery files, String appId) {
        this.connector = connector;
        this.renderer = renderer;
        this.files = files;
        this.botId = "28:" + appId;
    }

    /** The engine's answer to a turn. */
    void answer(Reply reply, Incoming turn, Language language) {
        if (reply.visibility() == Reply.Visibility.PRIVATE && turn.shared()) {
            Incoming personal = turn.inPersonalChat(openPersonalChat(turn.serviceUrl(), turn.tenantId(), turn.userId()));
            send(reply, Where.of(personal), language, null);
            note(Messages.of(language).get("teams.private.sent"), turn);
            return;
        }
        send(reply, Where.of(turn), language, turn.replyToId());
    }

    /**
     * Posts the reply; with {@code inPlaceOf}, a reply of one card without files replaces that
     * message instead (a dialog's next step where its last one was).
     *
     * @return the ids of the messages posted, the first first (the updated one's id when in place)
     */
    List<String> send(Reply reply, Where where, Language language, @Nullable String inPlaceOf) {
        CardRenderer.Rendered rendered = renderer.render(reply, language);
        List<String> ids = new ArrayList<>();
        if (inPlaceOf != null && rendered.cards().size() == 1 && rendered.files().isEmpty() && update(where, inPlaceOf, rendered.cards().get(0))) {
            ids.add(inPlaceOf);
            return ids;
        }
        for (ObjectNode card : rendered.cards()) {
            ids.add(connector.send(where.tenantId(), where.serviceUrl(), where.conversationId(), cardActivity(card)));
        }
        ids.addAll(files.deliver(rendered.files(), where, language));
        return ids;
    }

    /** Replaces a message with one card; false when Teams would not (the answer is posted anew then). */
    boolean update(Where where, String messageId, ObjectNode card) {
        Activity activity = cardActivity(card);
        activity.setId(messageId);
        try {
            connector.update(where.tenantId(), where.serviceUrl(), where.conversationId(), messageId, activity);
            return true;
        } catch (OutboundException e) {
            if (e.error() == OutboundError.RATE_LIMITED || e.error() == OutboundError.TRANSIENT) {
                throw e;
            }
            log.info("Could not update message {} in place ({}); posting the answer anew", messageId, e.getMessage());
            return false;
        }
    }

    /** Replaces a message, or fails with the connector's refusal (an update asked for by a capability). */
    void updateOrFail(Where where, String messageId, Activity activity) {
        connector.update(where.tenantId(), where.serviceUrl(), where.conversationId(), messageId, activity);
    }

    /** A short text of the bot's own (a dispatch note, "sent to you privately"), plain text. */
    void note(String text, Incoming turn) {
        Activity activity = new Activity(ActivityTypes.MESSAGE);
        activity.setText(TeamsText.plain(text));
        activity.setTextFormat(TextFormatTypes.PLAIN);
        connector.send(turn.tenantId(), turn.serviceUrl(), turn.conversationId(), activity);
    }

    /** "Typing…", so the person sees the bot at work. Best effort: skipped when Teams' rates would make the answer wait for it. */
    void typing(Incoming turn) {
        try {
            connector.sendIfFree(turn.tenantId(), turn.serviceUrl(), turn.conversationId(), new Activity(ActivityTypes.TYPING));
        } catch (OutboundException e) {
            log.debug("No typing indicator for {}: {}", turn, e.getMessage());
        }
    }

    /** The bot's 1:1 chat with the user (Teams answers the existing one); its conversation id. */
    String openPersonalChat(String serviceUrl, String tenantId, String userId) {
        ConversationParameters parameters = new ConversationParameters();
        parameters.setIsGroup(false);
        parameters.setBot(new ChannelAccount(botId));
        parameters.setMembers(List.of(new ChannelAccount(userId)));
        parameters.setTenantId(tenantId);
        parameters.setChannelData(java.util.Map.of("tenant", java.util.Map.of("id", tenantId)));
        String id = connector.createConversation(serviceUrl, parameters);
        if (id.isBlank()) {
            throw new OutboundException(OutboundError.NO_ACCESS, "Teams created no 1:1 chat with the user");
        }
        return id;
    }

    static Activity cardActivity(ObjectNode card) {
        Activity activity = new Activity(ActivityTypes.MESSAGE);
        Attachment attachment = new Attachment();
        attachment.setContentType(CARD);
        attachment.setContent(card);
        activity.setAttachments(List.of(attachment));
        return activity;
    }
}
