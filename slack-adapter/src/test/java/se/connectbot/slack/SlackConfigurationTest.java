package se.connectbot.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.slack.api.bolt.App;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.mock.env.MockEnvironment;

class SlackConfigurationTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withUserConfiguration(SlackConfiguration.class);

    @Test
    void withoutSlackCredentialsTheAdapterStaysOff() {
        runner.withPropertyValues("SLACK_SIGNING_SECRET=only-a-secret")
                .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(App.class).doesNotHaveBean(SlackSettings.class));
    }

    @Test
    void botTokenWithoutSigningSecretIsRefusedNamingWhatIsMissing() {
        runner.withPropertyValues("SLACK_BOT_TOKEN=xoxb-1")
                .run(context -> assertThat(context).hasFailed().getFailure().rootCause()
                        .hasMessageContaining("SLACK_SIGNING_SECRET"));
    }

    @Test
    void settingsFollowBoltsEnvironmentVariables() {
        MockEnvironment env = new MockEnvironment()
                .withProperty("SLACK_CLIENT_ID", "1.2").withProperty("SLACK_CLIENT_SECRET", "client-secret")
                .withProperty("SLACK_SIGNING_SECRET", "signing-secret").withProperty("SLACK_API_URL", "http://localhost:9/api")
                .withProperty("connectbot.public-base-url", "https://bot.example.se/");

        SlackSettings settings = SlackSettings.from(env);

        assertThat(SlackSettings.configured(env)).isTrue();
        assertThat(settings.distributed()).isTrue();
        assertThat(settings.socketMode()).isFalse();
        assertThat(settings.apiUrl()).isEqualTo("http://localhost:9/api/");
        assertThat(settings.publicBaseUrl()).isEqualTo("https://bot.example.se");
        assertThat(settings.toString()).doesNotContain("client-secret").doesNotContain("signing-secret");
    }
}
