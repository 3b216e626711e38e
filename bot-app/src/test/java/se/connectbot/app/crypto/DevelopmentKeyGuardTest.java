package se.connectbot.app.crypto;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.mock.env.MockEnvironment;
import se.connectbot.app.ConnectBotApplication;

class DevelopmentKeyGuardTest {

    static final String KEY = "q0Ym0l8gJ7yW9q0Vt4bqzYy8Gm6o7f8O4aJcZ2cYl3E=";

    @Test
    void letsTheDemoStartWithTheDevelopmentKey() {
        assertThatCode(() -> DevelopmentKeyGuard.check(new MockEnvironment().withProperty("connectbot.crypto.key", "")))
                .doesNotThrowAnyException();
    }

    @Test
    void refusesSlackCredentialsWithTheDevelopmentKeyNamingTheSettingButNoSecret() {
        MockEnvironment slack = new MockEnvironment()
                .withProperty("SLACK_SIGNING_SECRET", "signing-secret-value").withProperty("SLACK_BOT_TOKEN", "xoxb-secret-value");

        assertThatThrownBy(() -> DevelopmentKeyGuard.check(slack))
                .hasMessageContaining("connectbot.crypto.key")
                .hasMessageContaining("openssl rand -base64 32")
                .hasMessageContaining("SLACK_SIGNING_SECRET, SLACK_BOT_TOKEN")
                .hasMessageNotContaining("secret-value");
    }

    @Test
    void refusesDiscordAndTeamsCredentialsWithTheDevelopmentKey() {
        assertThatThrownBy(() -> DevelopmentKeyGuard.check(new MockEnvironment().withProperty("DISCORD_BOT_TOKEN", "discord-secret-value")))
                .hasMessageContaining("DISCORD_BOT_TOKEN")
                .hasMessageNotContaining("secret-value");
        assertThatThrownBy(() -> DevelopmentKeyGuard.check(new MockEnvironment().withProperty("MICROSOFT_APP_ID", "app-id-value")))
                .hasMessageContaining("MICROSOFT_APP_ID")
                .hasMessageNotContaining("app-id-value");
    }

    @Test
    void refusesTheTeamsAppPasswordAloneWithTheDevelopmentKey() {
        assertThatThrownBy(() -> DevelopmentKeyGuard.check(new MockEnvironment().withProperty("MICROSOFT_APP_PASSWORD", "teams-secret-value")))
                .hasMessageContaining("MICROSOFT_APP_PASSWORD")
                .hasMessageNotContaining("secret-value");
    }

    @Test
    void refusesAnExternalPortalWithTheDevelopmentKey() {
        assertThatThrownBy(() -> DevelopmentKeyGuard.check(new MockEnvironment()
                .withProperty("connectbot.portal.base-url", "https://portal.example.se")))
                .hasMessageContaining("connectbot.portal.base-url");
    }

    @Test
    void startsWithRealCredentialsOnceAKeyIsSet() {
        assertThatCode(() -> DevelopmentKeyGuard.check(new MockEnvironment().withProperty("connectbot.crypto.key", KEY)
                .withProperty("SLACK_BOT_TOKEN", "xoxb-1").withProperty("connectbot.portal.base-url", "https://portal.example.se")))
                .doesNotThrowAnyException();
    }

    @Test
    void theApplicationFailsToStartWithSlackAndNoKey() {
        SpringApplicationBuilder bot = new SpringApplicationBuilder(ConnectBotApplication.class)
                .web(WebApplicationType.NONE)
                .properties("SLACK_SIGNING_SECRET=signing-secret-value", "SLACK_BOT_TOKEN=xoxb-secret-value",
                        "embedded-db.data-directory=", "connectbot.sandbox.port=0");

        assertThatThrownBy(() -> close(bot.run()))
                .hasMessageContaining("connectbot.crypto.key")
                .hasMessageContaining("openssl rand -base64 32");
    }

    private static void close(ConfigurableApplicationContext context) {
        context.close();
    }
}
