package se.connectbot.app.webchat;

import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import se.connectbot.core.chat.ChatUser;
import se.connectbot.core.chat.ConversationRef;
import se.connectbot.core.chat.Platform;
import se.connectbot.core.outbound.MessageRef;
import se.connectbot.core.outbound.OutboundError;
import se.connectbot.core.outbound.OutboundException;
import se.connectbot.core.outbound.OutboundSender;
import se.connectbot.core.outbound.Outgoing;
import se.connectbot.core.reply.Reply;
import tools.jackson.databind.json.JsonMapper;

/**
 * The core's {@link OutboundSender} for the web chat: what is sent unasked is rendered as the
 * page's JSON ({@link ReplyView}) and kept in {@link WebChatPushes}, where the user's open page
 * finds it ({@code GET /api/chat/pushed}). The web chat has no threads (a thread reply comes
 * after the others) and one conversation per user. The JSON holds the reply's text alone; the
 * page adds its own words (buttons, paging) in the page's language, so the language an
 * {@link Outgoing} carries is not needed here. Pushed messages are kept for {@link #KEPT}.
 * Thread-safe.
 */
final class WebChatSender implements OutboundSender {

    static final Duration KEPT = Duration.ofDays(1);
    private static final String CONVERSATION_PREFIX = "chat-";

    private final WebChatPushes pushes;
    private final ReplyViews views;
    private final JsonMapper json;
    private final Clock clock;

    WebChatSender(WebChatPushes pushes, ReplyViews views, JsonMapper json, Clock clock) {
        this.pushes = pushes;
        this.views = views;
        this.json = json;
        this.clock = clock;
    }

    @Override
    public Platform platform() {
        return Platform.WEB;
    }

    @Override
    public MessageRef send(Outgoing outgoing) {
        return switch (outgoing) {
            case Outgoing.Post post -> push(userOf(post.to()), post.reply());
            case Outgoing.File file -> push(userOf(file.to()), file.reply());
            case Outgoing.Private direct -> push(web(direct.to()).userId(), direct.reply());
            case Outgoing.ThreadReply thread -> push(userOf(thread.parent().conversationId()), thread.reply());
            case Outgoing.Update update -> replace(update.message(), update.reply());
        };
    }

    private MessageRef push(String userId, Reply reply) {
        String messageId = UUID.randomUUID().toString();
        pushes.add(userId, messageId, render(userId, reply), clock.instant());
        return new MessageRef(Platform.WEB, ChatSession.WORKSPACE, CONVERSATION_PREFIX + userId, messageId);
    }

    private MessageRef replace(MessageRef message, Reply reply) {
        String userId = userOf(message.conversationId());
        if (!pushes.replace(userId, message.messageId(), render(userId, reply), clock.instant())) {
            throw new OutboundException(OutboundError.CONVERSATION_GONE, "no pushed web chat message " + message.messageId());
        }
        return message;
    }

    private String render(String userId, Reply reply) {
        return json.writeValueAsString(views.render(reply, ChatSession.outsideSession(userId)));
    }

    private static String userOf(ConversationRef conversation) {
        if (conversation.platform() != Platform.WEB) {
            throw new IllegalArgumentException("not a web chat conversation: " + conversation);
        }
        return userOf(conversation.channelId());
    }

    private static String userOf(String conversationId) {
        if (!conversationId.startsWith(CONVERSATION_PREFIX)) {
            throw new OutboundException(OutboundError.CONVERSATION_GONE, "not a web chat conversation: " + conversationId);
        }
        return conversationId.substring(CONVERSATION_PREFIX.length());
    }

    private static ChatUser web(ChatUser user) {
        if (user.platform() != Platform.WEB) {
            throw new IllegalArgumentException("not a web chat user: " + user);
        }
        return user;
    }

    /** Forgets pushed messages older than a day; a {@link se.connectbot.core.housekeeping.Sweep}, run by the cluster's housekeeping. */
    int purge() {
        return pushes.purgeBefore(clock.instant().minus(KEPT));
    }
}
