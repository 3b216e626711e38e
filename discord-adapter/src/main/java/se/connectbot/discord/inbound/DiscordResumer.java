package se.connectbot.discord.inbound;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import net.dv8tion.jda.api.JDA;
import se.connectbot.core.chat.Platform;
import se.connectbot.core.dispatch.ResumableSenders;
import se.connectbot.discord.deliver.ReplyDelivery;

/**
 * Discord's way back to a turn that an instance accepted and did not finish: the interaction again
 * from what {@link DiscordTurn#resumable()} stored. Its reply was deferred long ago; within 15
 * minutes the deferred reply is edited, after that the answer comes as the bot's own message.
 */
final class DiscordResumer implements ResumableSenders.Factory {

    static final String CHANNEL = "channel";
    static final String GUILD = "guild";
    static final String USER = "user";
    static final String EPHEMERAL = "ephemeral";
    static final String UPLOAD_LIMIT = "upload_limit";
    static final String TOKEN = "token";
    static final String LOCALE = "locale";
    static final String USER_NAME = "user_name";
    static final String GUILD_NAME = "guild_name";

    private final Supplier<JDA> jda;
    private final ReplyDelivery delivery;

    DiscordResumer(Supplier<JDA> jda, ReplyDelivery delivery) {
        this.jda = jda;
        this.delivery = delivery;
    }

    @Override
    public Platform platform() {
        return Platform.DISCORD;
    }

    @Override
    public ResumableSenders.Resumed resume(ResumableSenders.Accepted accepted) {
        Map<String, String> c = accepted.context();
        String locale = c.get(LOCALE);
        Interaction interaction = new Interaction(accepted.deliveryId(), null, c.get(GUILD), accepted.required(CHANNEL),
                accepted.required(USER), c.get(USER_NAME), c.get(GUILD_NAME), locale == null ? null : Locale.forLanguageTag(locale),
                accepted.payload(),
                c.get(TOKEN), Boolean.parseBoolean(c.get(EPHEMERAL)), Long.parseLong(accepted.required(UPLOAD_LIMIT)));
        DiscordTurn turn = new DiscordTurn(interaction, CompletableFuture.completedFuture(null), jda, delivery);
        return new ResumableSenders.Resumed(turn.arrival().inbound(), turn);
    }
}
