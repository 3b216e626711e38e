package se.connectbot.discord.deliver;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.function.Supplier;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.requests.Route;
import net.dv8tion.jda.api.utils.AttachedFile;
import net.dv8tion.jda.api.utils.FileUpload;
import net.dv8tion.jda.api.utils.MiscUtil;
import net.dv8tion.jda.api.utils.TimeUtil;
import net.dv8tion.jda.api.utils.data.DataObject;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import net.dv8tion.jda.api.utils.messages.MessageEditBuilder;
import net.dv8tion.jda.api.utils.messages.MessageEditData;
import net.dv8tion.jda.internal.requests.Requester;
import net.dv8tion.jda.internal.requests.RestActionImpl;
import okhttp3.RequestBody;
import org.jspecify.annotations.Nullable;

/**
 * Channel messages by id, through JDA's requester (its rate-limit buckets and {@code Retry-After}
 * handling) but without JDA's channel cache: with no privileged intents and a light cache, the bot
 * knows no guild channel, only its id, stored with the conversation. JDA's public API sends only
 * through a cached channel object, hence its {@link RestActionImpl} with the public {@link Route}s.
 * Blocking; call from a worker thread, never from JDA's event thread.
 */
public final class DiscordRest {

    private static final SecureRandom NONCES = new SecureRandom();

    private final Supplier<JDA> jda;

    public DiscordRest(Supplier<JDA> jda) {
        this.jda = jda;
    }

    /** A message Discord answered a create with: its id, and when Discord made it (the id is a snowflake of that time). */
    public record Posted(String id, Instant createdAt) {
    }

    /**
     * Posts {@code data} to the channel, as a reply to {@code replyTo} when given, under a random
     * nonce (as JDA's own create does), so that a request JDA repeats never makes two messages.
     */
    public String send(String channelId, MessageCreateData data, @Nullable String replyTo) {
        return send(channelId, data, replyTo, Long.toUnsignedString(NONCES.nextLong())).id();
    }

    /**
     * Posts {@code data} under {@code nonce} with {@code enforce_nonce}: should the bot have posted
     * with the same nonce in the past few minutes, Discord makes no new message and answers that
     * one, as it was then (its {@link Posted#createdAt()} tells). Discord does not say how long it
     * remembers a nonce.
     *
     * @param nonce at most 25 characters
     */
    public Posted send(String channelId, MessageCreateData data, @Nullable String replyTo, String nonce) {
        if (nonce.isEmpty() || nonce.length() > Message.MAX_NONCE_LENGTH) {
            throw new IllegalArgumentException("a nonce is 1-" + Message.MAX_NONCE_LENGTH + " characters but was '" + nonce + "'");
        }
        DataObject payload = data.toData().put("nonce", nonce).put("enforce_nonce", true);
        if (replyTo != null) {
            payload.put("message_reference", DataObject.empty().put("message_id", replyTo).put("fail_if_not_exists", false));
        }
        String id = new RestActionImpl<String>(jda.get(), Route.Messages.SEND_MESSAGE.compile(channelId), body(payload, data.getFiles()),
                (response, request) -> response.getObject().getString("id")).complete();
        return new Posted(id, TimeUtil.getTimeCreated(MiscUtil.parseSnowflake(id)).toInstant());
    }

    /** Replaces the message's content, embeds and components. */
    public void edit(String channelId, String messageId, MessageCreateData data) {
        MessageEditData edit = MessageEditBuilder.fromCreateData(data)
                .setAllowedMentions(EnumSet.noneOf(Message.MentionType.class)).build();
        new RestActionImpl<Void>(jda.get(), Route.Messages.EDIT_MESSAGE.compile(channelId, messageId),
                body(edit.toData(), edit.getFiles())).complete();
    }

    /** The id of the bot's direct conversation with a user (opened if need be). */
    public String directChannel(String userId) {
        return jda.get().openPrivateChannelById(userId).complete().getId();
    }

    private static RequestBody body(DataObject payload, List<FileUpload> files) {
        return files.isEmpty() ? RequestBody.create(payload.toJson(), Requester.MEDIA_TYPE_JSON)
                : AttachedFile.createMultipartBody(files, payload).build();
    }
}
