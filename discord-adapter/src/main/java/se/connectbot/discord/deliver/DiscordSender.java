package se.connectbot.discord.deliver;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
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
 *
 * <p>A post with a {@link Outgoing.Post#marker() marker} (an outage card's first post) is sent
 * with the marker as Discord's {@code nonce} and {@code enforce_nonce}: a retry of a post Discord
 * took but whose answer never got stored is answered with the message the first try made, which
 * is then edited to show the retry's reply — one message in the channel, brought up to date.
 * Discord remembers a nonce only for "a few minutes" (it says no more); a retry after that posts
 * again. {@link #findPosted} is not implemented: Discord's message history does not return the
 * nonce, and the one place of a message that history returns and people do not see (a
 * component's {@code custom_id}) would be replaced by the first edit of the card.
 */
public final class DiscordSender implements OutboundSender {

    /** The workspace of a direct conversation, which belongs to no guild. */
    public static final String DIRECT = "@me";

    /** The workspace of every Discord user: a user is one across all guilds. */
    public static final String USERS = "discord";

    /**
     * How much older than this call a message Discord answers must be to be an earlier try's:
     * our clock and Discord's may differ by this much. Mistaking a new message for an old one
     * costs one needless edit; the other way round, a card posted within this time before would
     * keep the earlier try's text until the card's next change.
     */
    static final Duration SKEW = Duration.ofSeconds(5);

    private final ReplyDelivery delivery;
    private final DiscordRest rest;
    private final long uploadLimit;
    private final UserLanguages languages;
    private final Clock clock;

    /** @param languages the core's language choices: a direct message's own words ("file too large") in the person's language */
    public DiscordSender(ReplyDelivery delivery, DiscordRest rest, long uploadLimit, UserLanguages languages, Clock clock) {
        this.delivery = delivery;
        this.rest = rest;
        this.uploadLimit = uploadLimit;
        this.languages = languages;
        this.clock = clock;
    }

    @Override
    public Platform platform() {
        return Platform.DISCORD;
    }

    @Override
    public MessageRef send(Outgoing outgoing) {
        try {
            return switch (outgoing) {
                case Outgoing.Post post when post.marker() != null -> markedPost(post.to().workspaceId(), post.to().channelId(),
                        post.reply(), post.marker(), post.language());
                case Outgoing.Post post -> post(post.to().workspaceId(), post.to().channelId(), post.reply(), null, post.language());
                case Outgoing.File file -> post(file.to().workspaceId(), file.to().channelId(), file.reply(), null, file.language());
                case Outgoing.ThreadReply reply -> post(reply.parent().workspaceId(), reply.parent().conversationId(), reply.reply(),
                        reply.parent().messageId(), reply.language());
                case Outgoing.Private direct -> post(DIRECT, rest.directChannel(direct.to().userId()), direct.reply(), null,
                        languages.resolve(new ChatUser(Platform.DISCORD, USERS, direct.to().userId()), null));
                case Outgoing.Update update -> update(update.message(), update.reply(), update.language());
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

    /**
     * Each message of the reply under a nonce of the marker; one Discord answers from before this
     * call is the earlier try's, and is edited to show what this try would have posted.
     */
    private MessageRef markedPost(String workspaceId, String channelId, Reply reply, String marker, Language language) {
        List<MessageCreateData> messages = delivery.render(reply, language, null, uploadLimit);
        Instant earlier = clock.instant().minus(SKEW);
        String first = markedPart(channelId, messages, 0, marker, earlier);
        for (int part = 1; part < messages.size(); part++) {
            markedPart(channelId, messages, part, marker, earlier);
        }
        return new MessageRef(Platform.DISCORD, workspaceId, channelId, first);
    }

    private String markedPart(String channelId, List<MessageCreateData> messages, int part, String marker, Instant earlier) {
        DiscordRest.Posted posted = rest.send(channelId, messages.get(part), null, nonce(marker, part));
        if (posted.createdAt().isBefore(earlier)) {
            rest.edit(channelId, posted.id(), messages.get(part));
        }
        return posted.id();
    }

    /**
     * The nonce of the {@code part}-th message of a post marked {@code marker}: the marker itself
     * for the first (1-25 characters, as {@link Outgoing.Post} holds it, within Discord's 25), so
     * that the attempt's marker in PostgreSQL is the nonce Discord saw; a hash of both for the rest.
     */
    static String nonce(String marker, int part) {
        if (part == 0) {
            return marker;
        }
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest((marker + "#" + part).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(hash).substring(0, 25);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    private MessageRef update(MessageRef message, Reply reply, Language language) {
        List<MessageCreateData> messages = delivery.render(reply, language, null, uploadLimit);
        if (messages.size() > 1 || !messages.getFirst().getFiles().isEmpty()) {
            throw new OutboundException(OutboundError.MESSAGE_TOO_LARGE,
                    "an update must fit one message without files but took " + messages.size() + " messages");
        }
        rest.edit(message.conversationId(), message.messageId(), messages.getFirst());
        return message;
    }
}
