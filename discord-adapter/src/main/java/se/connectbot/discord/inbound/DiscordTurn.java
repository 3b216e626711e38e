package se.connectbot.discord.inbound;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.interactions.InteractionHook;
import net.dv8tion.jda.api.requests.ErrorResponse;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.connectbot.core.chat.ChatUser;
import se.connectbot.core.chat.ConversationRef;
import se.connectbot.core.chat.DisplayNames;
import se.connectbot.core.chat.Inbound;
import se.connectbot.core.chat.Platform;
import se.connectbot.core.dispatch.Arrival;
import se.connectbot.core.dispatch.ReplySender;
import se.connectbot.core.dispatch.Resumable;
import se.connectbot.core.i18n.Language;
import se.connectbot.core.reply.Reply;
import se.connectbot.discord.deliver.DiscordSender;
import se.connectbot.discord.deliver.ReplyDelivery;

/**
 * One interaction as the core's dispatch sees it: the {@link Arrival} to claim, the inbound, and
 * the Discord way of answering (into the deferred reply, once the deferral is through). Notes and
 * answers both edit the deferred reply, so the answer replaces "working on it".
 */
final class DiscordTurn implements ReplySender {

    private static final Logger log = LoggerFactory.getLogger(DiscordTurn.class);

    /**
     * Discord user ids are global: a person is one chat user whichever guild they write from, and
     * their portal link holds in every guild and in direct messages.
     */
    static final String WORKSPACE = DiscordSender.USERS;

    private final Interaction interaction;
    private final CompletableFuture<?> acknowledged;
    private final Supplier<JDA> jda;
    private final ReplyDelivery delivery;

    DiscordTurn(Interaction interaction, CompletableFuture<?> acknowledged, Supplier<JDA> jda, ReplyDelivery delivery) {
        this.interaction = interaction;
        this.acknowledged = acknowledged;
        this.jda = jda;
        this.delivery = delivery;
    }

    static ChatUser user(String userId) {
        return new ChatUser(Platform.DISCORD, WORKSPACE, userId);
    }

    Arrival arrival() {
        return new Arrival(interaction.deliveryId(), user(interaction.userId()), interaction.click(), this::inbound);
    }

    /**
     * What any instance needs to finish this turn should this one die ({@link DiscordResumer}). The
     * interaction token goes with it: like Slack's {@code response_url} it is a bearer URL of the
     * one interaction, valid for 15 minutes, and the context is stored sealed.
     */
    Resumable resumable() {
        Interaction i = interaction;
        Map<String, String> context = new HashMap<>();
        context.put(DiscordResumer.CHANNEL, i.channelId());
        context.put(DiscordResumer.USER, i.userId());
        context.put(DiscordResumer.EPHEMERAL, Boolean.toString(i.ephemeral()));
        context.put(DiscordResumer.UPLOAD_LIMIT, Long.toString(i.uploadLimit()));
        putIfKnown(context, DiscordResumer.GUILD, i.guildId());
        putIfKnown(context, DiscordResumer.TOKEN, i.token());
        putIfKnown(context, DiscordResumer.LOCALE, i.locale() == null ? null : i.locale().toLanguageTag());
        putIfKnown(context, DiscordResumer.USER_NAME, i.userName());
        putIfKnown(context, DiscordResumer.GUILD_NAME, i.guildName());
        return new Resumable(i.payload(), context);
    }

    private static void putIfKnown(Map<String, String> context, String key, @Nullable String value) {
        if (value != null) {
            context.put(key, value);
        }
    }

    @Override
    public void send(Reply reply, Language language, Kind kind) {
        Interaction i = interaction;
        delivery.answer(new ReplyDelivery.Target(hook(), i.ephemeral(), i.channelId(), i.userId(), i.uploadLimit()), reply, language);
    }

    /**
     * The deferred reply's hook, once the deferral went through — this instance's, or another's:
     * several instances running one shard each get every interaction, and Discord refuses all
     * deferrals but the first (40060); the one whose claim wins answers in that deferred reply.
     * Null when there is none to edit.
     */
    private @Nullable InteractionHook hook() {
        String token = interaction.token();
        if (token == null) {
            return null;
        }
        try {
            acknowledged.get(10, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof ErrorResponseException refused
                    && refused.getErrorResponse() == ErrorResponse.INTERACTION_ALREADY_ACKNOWLEDGED) {
                return InteractionHook.from(jda.get(), token);
            }
            log.warn("Interaction {} was not acknowledged ({}); answering without it", interaction.deliveryId(), e.toString());
            return null;
        } catch (TimeoutException e) {
            log.warn("Interaction {} was not acknowledged ({}); answering without it", interaction.deliveryId(), e.toString());
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
        return InteractionHook.from(jda.get(), token);
    }

    private Inbound inbound() {
        Interaction i = interaction;
        boolean direct = i.guildId() == null;
        ConversationRef conversation = new ConversationRef(Platform.DISCORD, direct ? DiscordSender.DIRECT : i.guildId(), i.channelId(), !direct);
        return new Inbound(i.deliveryId(), user(i.userId()), conversation, i.locale(), i.payload(), new DisplayNames(i.userName(), i.guildName()));
    }
}
