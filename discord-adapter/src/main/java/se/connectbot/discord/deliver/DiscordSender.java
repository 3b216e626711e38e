package se.connectbot.discord.deliver;

import java.util.List;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import org.jspecify.annotations.Nullable;
import se.connectbot.core.chat.Platform;
import se.connectbot.core.chat.ChatUser;
import se.connectbot.core.i18n.Language;
import se.connectbot.core.i18n.UserLanguages;
import se.connectbot.core.outbound.MessageRef;
import se.connectbot.core.outbound.OutboundError;
import se.connectbot.core.outbound.OutboundException;
import se.connectbot.core.outbound.OutboundSender;
import se.connectbot.core.outbound.Outgoing;
import se.connectbot.core.reply.Reply;

/**
 * The core's outbound port on Discord: posts, edits in place, replies to a message (Discord's
 * reply, which every channel type has; a thread would need a permission more), direct messages
 * and files, each through JDA's REST with its rate-limit handling. A long reply takes several
 * messages; the first is answered. Refusals become {@link OutboundException}s. Thread-safe, blocking.
 */
public final class DiscordSender implements OutboundSender {

    /** The workspace of a direct conversation, which belongs to no guild. */
    public static final String DIRECT = "@me";

    /** The workspace of every Discord user: a user is one across all guilds. */
    public static final String USERS = "discord";

    private final ReplyDelivery delivery;
    private final DiscordRest rest;
    private final long uploadLimit;
    private final UserLanguages languages;

    /** @param languages the core's language choices: a direct message's own words ("file too large") in the person's language */
    public DiscordSender(ReplyDelivery delivery, DiscordRest rest, long uploadLimit, UserLanguages languages) {
        this.delivery = delivery;
        this.rest = rest;
        this.uploadLimit = uploadLimit;
        this.languages = languages;
    }

    @Override
    public Platform platform() {
        return Platform.DISCORD;
    }

    @Override
    public MessageRef send(Outgoing outgoing) {
        try {
            return switch (outgoing) {
                case Outgoing.Post post -> post(post.to().workspaceId(), post.to().channelId(), post.reply(), null, Language.DEFAULT);
                case Outgoing.File file -> post(file.to().workspaceId(), file.to().channelId(), file.reply(), null, Language.DEFAULT);
                case Outgoing.ThreadReply reply -> post(reply.parent().workspaceId(), reply.parent().conversationId(), reply.reply(),
                        reply.parent().messageId(), Language.DEFAULT);
                case Outgoing.Private direct -> post(DIRECT, rest.directChannel(direct.to().userId()), direct.reply(), null,
                        languages.resolve(new ChatUser(Platform.DISCORD, USERS, direct.to().userId()), null));
                case Outgoing.Update update -> update(update.message(), update.reply());
            };
        } catch (OutboundException e) {
            throw e;
        } catch (RuntimeException e) {
            throw Failures.of(e);
        }
    }

    private MessageRef post(String workspaceId, String channelId, Reply reply, @Nullable String replyTo, Language language) {
        List<MessageCreateData> messages = delivery.render(reply, language, null, uploadLimit);
        String first = rest.send(channelId, messages.getFirst(), replyTo);
        for (MessageCreateData more : messages.subList(1, messages.size())) {
            rest.send(channelId, more, null);
        }
        return new MessageRef(Platform.DISCORD, workspaceId, channelId, first);
    }

    private MessageRef update(MessageRef message, Reply reply) {
        List<MessageCreateData> messages = delivery.render(reply, Language.DEFAULT, null, uploadLimit);
        if (messages.size() > 1 || !messages.getFirst().getFiles().isEmpty()) {
            throw new OutboundException(OutboundError.MESSAGE_TOO_LARGE,
                    "an update must fit one message without files but took " + messages.size() + " messages");
        }
        rest.edit(message.conversationId(), message.messageId(), messages.getFirst());
        return message;
    }
}
