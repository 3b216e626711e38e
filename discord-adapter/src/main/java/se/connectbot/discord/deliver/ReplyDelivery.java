package se.connectbot.discord.deliver;

import java.util.EnumSet;
import java.util.List;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.interactions.InteractionHook;
import net.dv8tion.jda.api.requests.ErrorResponse;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import net.dv8tion.jda.api.utils.messages.MessageEditBuilder;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.connectbot.core.files.DownloadLinks;
import se.connectbot.core.files.FileStore;
import se.connectbot.core.i18n.Language;
import se.connectbot.core.i18n.Messages;
import se.connectbot.core.reply.Reply;
import se.connectbot.discord.render.DiscordRenderer;

/**
 * Answers to what a user did: into the deferred reply of an interaction (its first message edits
 * the reply, the rest follow up, ephemeral as the reply was deferred), and once the interaction's
 * 15-minute token is spent, as a message of the bot's own — a direct message for what was private,
 * else in the channel. Direct messages to the bot are answered in the same direct conversation.
 * Blocking; thread-safe.
 */
public final class ReplyDelivery {

    private static final Logger log = LoggerFactory.getLogger(ReplyDelivery.class);
    private static final EnumSet<Message.MentionType> NO_MENTIONS = EnumSet.noneOf(Message.MentionType.class);
    private static final EnumSet<ErrorResponse> TOKEN_SPENT = EnumSet.of(ErrorResponse.UNKNOWN_WEBHOOK, ErrorResponse.INVALID_WEBHOOK_TOKEN,
            ErrorResponse.UNKNOWN_INTERACTION);

    private final DiscordRenderer renderer;
    private final Stash stash;
    private final FileStore files;
    private final DownloadLinks links;
    private final DiscordRest rest;

    public ReplyDelivery(DiscordRenderer renderer, Stash stash, FileStore files, DownloadLinks links, DiscordRest rest) {
        this.renderer = renderer;
        this.stash = stash;
        this.files = files;
        this.links = links;
        this.rest = rest;
    }

    /** Where an answer goes. {@code hook} null: no interaction (a direct message), post to {@code channelId}. */
    public record Target(@Nullable InteractionHook hook, boolean ephemeral, String channelId, String userId, long uploadLimit) {
    }

    public void answer(Target target, Reply reply, Language language) {
        List<MessageCreateData> messages = render(reply, language, target.userId(), target.uploadLimit());
        InteractionHook hook = target.hook();
        if (hook != null && !hook.isExpired()) {
            try {
                hook.editOriginal(MessageEditBuilder.fromCreateData(messages.getFirst()).setAllowedMentions(NO_MENTIONS).build()).complete();
                for (MessageCreateData more : messages.subList(1, messages.size())) {
                    hook.sendMessage(more).setEphemeral(target.ephemeral()).setAllowedMentions(NO_MENTIONS).complete();
                }
                return;
            } catch (ErrorResponseException e) {
                if (!TOKEN_SPENT.contains(e.getErrorResponse())) {
                    throw e;
                }
                log.info("The interaction's token is spent ({}); answering with a message of the bot's own", e.getMeaning());
            }
        }
        String channel = hook != null && target.ephemeral() ? rest.directChannel(target.userId()) : target.channelId();
        for (MessageCreateData message : messages) {
            rest.send(channel, message, null);
        }
    }

    List<MessageCreateData> render(Reply reply, Language language, @Nullable String ownerId, long uploadLimit) {
        return renderer.render(reply, language, new StashedIds(stash, ownerId),
                new FileAttachments(files, links, Messages.of(language), uploadLimit), uploadLimit);
    }
}
