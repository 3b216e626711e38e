package se.connectbot.app.discord;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import se.connectbot.core.outbound.OutboundSender;
import se.connectbot.discord.DiscordConfiguration;

/** Without a bot token nothing of Discord is wired (with one, see the adapter's own wire tests). */
class DiscordWiringTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner().withUserConfiguration(DiscordWiring.class);

    @Test
    void wiresNothingOfDiscordWithoutABotToken() {
        runner.run(context -> assertThat(context).hasNotFailed()
                .doesNotHaveBean(DiscordConfiguration.class)
                .doesNotHaveBean(OutboundSender.class));
    }

    @Test
    void wiresNothingOfDiscordWithABlankToken() {
        runner.withPropertyValues("DISCORD_BOT_TOKEN= ", "DISCORD_APPLICATION_ID=1")
                .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(DiscordConfiguration.class));
    }
}
