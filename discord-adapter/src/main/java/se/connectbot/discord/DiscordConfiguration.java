package se.connectbot.discord;

import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.connectbot.core.CoreConfiguration;
import se.connectbot.core.dispatch.InboundDispatch;
import se.connectbot.core.dispatch.ResumableSenders;
import se.connectbot.core.files.DownloadLinks;
import se.connectbot.core.files.FileStore;
import se.connectbot.core.forms.ParkedForms;
import se.connectbot.core.i18n.UserLanguages;
import se.connectbot.core.status.ServiceSuggestions;
import se.connectbot.discord.deliver.DiscordRest;
import se.connectbot.discord.deliver.DiscordSender;
import se.connectbot.discord.deliver.ReplyDelivery;
import se.connectbot.discord.deliver.Stash;
import se.connectbot.discord.inbound.CommandText;
import se.connectbot.discord.inbound.DiscordListener;
import se.connectbot.discord.render.DiscordRenderer;

/**
 * Wires the Discord adapter; active only when {@code DISCORD_BOT_TOKEN} is set. Needs the core's
 * {@link InboundDispatch}, {@link FileStore}, {@link DownloadLinks}, a {@code JdbcClient} and Boot's
 * Flyway, to which it adds its migrations ({@value #MIGRATIONS}, versions from 3001). Offers the
 * core's {@code OutboundSender} for Discord ({@link DiscordSender}) and its
 * {@link ResumableSenders.Factory}; starts this instance's shards with the application.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(DiscordConfiguration.DiscordConfigured.class)
public class DiscordConfiguration {

    /** Where the adapter's Flyway migrations live (versions from 3001, beside the core's and Slack's). */
    public static final String MIGRATIONS = "classpath:db/discord";

    /** Adds the adapter's migrations to the application's Flyway ({@link CoreConfiguration#alsoMigrate}). */
    @Bean
    FlywayConfigurationCustomizer discordMigrations() {
        return CoreConfiguration.alsoMigrate(MIGRATIONS);
    }

    @Bean
    DiscordSettings discordSettings(Environment environment) {
        return DiscordSettings.from(environment);
    }

    @Bean
    Stash discordStash(JdbcClient jdbc, ObjectProvider<Clock> clock, ParkedForms parkedForms) {
        return new Stash(jdbc, clock.getIfAvailable(Clock::systemUTC), parkedForms);
    }

    /** JDA is reached lazily: the shards start after the beans that send through them are made. */
    @Bean
    DiscordRest discordRest(ObjectProvider<DiscordShards> discordShards) {
        return new DiscordRest(() -> discordShards.getObject().any());
    }

    @Bean
    ReplyDelivery discordReplyDelivery(Stash discordStash, FileStore files, DownloadLinks downloadLinks, DiscordRest discordRest) {
        return new ReplyDelivery(new DiscordRenderer(), discordStash, files, downloadLinks, discordRest);
    }

    @Bean
    CommandText discordCommands() {
        return CommandText.load();
    }

    @Bean
    DiscordListener discordListener(InboundDispatch dispatch, ReplyDelivery discordReplyDelivery, Stash discordStash,
                                    CommandText discordCommands, ObjectProvider<DiscordShards> discordShards, DiscordSettings settings,
                                    ObjectProvider<ServiceSuggestions> suggestions) {
        return new DiscordListener(dispatch, discordReplyDelivery, discordStash, discordCommands, () -> discordShards.getObject().any(),
                settings.maxUploadSize(), suggestions.getIfAvailable());
    }

    @Bean
    DiscordShards discordShards(DiscordSettings settings, DiscordListener discordListener, CommandText discordCommands) {
        return new DiscordShards(settings, discordListener, discordCommands);
    }

    /** Discord's part in finishing work another instance accepted. */
    @Bean
    ResumableSenders.Factory discordResumer(DiscordListener discordListener) {
        return discordListener.resumer();
    }

    @Bean
    DiscordSender discordSender(ReplyDelivery discordReplyDelivery, DiscordRest discordRest, DiscordSettings settings,
                                UserLanguages languages, ObjectProvider<Clock> clock) {
        return new DiscordSender(discordReplyDelivery, discordRest, settings.maxUploadSize(), languages, clock.getIfAvailable(Clock::systemUTC));
    }

    /** {@code DISCORD_BOT_TOKEN} is set. Public, so that the application can put what it adds for Discord under the same condition. */
    public static final class DiscordConfigured implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return DiscordSettings.configured(context.getEnvironment());
        }
    }
}
