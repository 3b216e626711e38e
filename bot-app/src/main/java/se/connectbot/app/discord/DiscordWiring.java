package se.connectbot.app.discord;

import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import se.connectbot.discord.DiscordConfiguration;

/**
 * The Discord adapter, when {@code DISCORD_BOT_TOKEN} is set (see {@link DiscordConfiguration}).
 * Imported, never scanned: the adapter's package stays outside the application's component scan.
 * Discord needs no HTTP endpoint of ours: JDA connects out to the gateway, so no filter chain is
 * added. Its Flyway migrations ({@code classpath:db/discord}) join the bot's database only.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(DiscordConfiguration.DiscordConfigured.class)
@Import(DiscordConfiguration.class)
class DiscordWiring {
}
