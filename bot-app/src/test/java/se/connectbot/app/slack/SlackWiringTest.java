package se.connectbot.app.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.slack.api.bolt.App;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.security.web.SecurityFilterChain;

/** Without Slack credentials nothing of Slack is wired, not even its filter chain (with them, see SlackEndToEndTest). */
class SlackWiringTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner().withUserConfiguration(SlackWiring.class);

    @Test
    void wiresNothingOfSlackWithoutCredentials() {
        runner.run(context -> assertThat(context).hasNotFailed()
                .doesNotHaveBean(App.class)
                .doesNotHaveBean(SecurityFilterChain.class));
    }

    @Test
    void wiresNothingOfSlackWithASigningSecretAlone() {
        runner.withPropertyValues("SLACK_SIGNING_SECRET=secret", "SLACK_CLIENT_ID=only-the-id")
                .run(context -> assertThat(context).hasNotFailed()
                        .doesNotHaveBean(App.class)
                        .doesNotHaveBean(SecurityFilterChain.class));
    }
}
