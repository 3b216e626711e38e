package se.connectbot.app.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.core.env.PropertySource;

class SandboxLauncherTest {

    @Test
    void findsTheSandboxsOwnApplicationYamlThoughTheBotsHasTheSameName() {
        assertThat(SandboxLauncher.class.getResource("/application.yml")).as("the bot's file is first on the classpath")
                .isNotNull();

        List<PropertySource<?>> sandboxDefaults = SandboxLauncher.sandboxOwnApplicationYaml();

        assertThat(sandboxDefaults).isNotEmpty();
        assertThat(sandboxDefaults.get(0).getProperty("spring.application.name")).isEqualTo("portal-sandbox");
        assertThat(sandboxDefaults.get(0).getProperty("connectbot.public-base-url")).isNull();
    }

    @Test
    void handsTheSandboxTheBotsCallbackAndItsOwnIssuer() {
        var properties = SandboxContract.describe(18081, 18080, "https://bot.example.se/oauth/callback");

        assertThat(properties).containsEntry("sandbox.auth.issuer", "http://localhost:18081")
                .containsEntry("sandbox.auth.clients.connect-bot.redirect-uris",
                        "https://bot.example.se/oauth/callback,http://localhost:18080/oauth/callback,http://127.0.0.1:18080/oauth/callback");
    }
}
