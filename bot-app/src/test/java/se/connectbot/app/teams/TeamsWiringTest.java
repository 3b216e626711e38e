package se.connectbot.app.teams;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.security.web.SecurityFilterChain;
import se.connectbot.teams.TeamsConfiguration;

/** Without MICROSOFT_APP_ID nothing of Teams is wired, not even its filter chain (with it, see TeamsEndToEndTest). */
class TeamsWiringTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner().withUserConfiguration(TeamsWiring.class);

    @Test
    void wiresNothingOfTeamsWithoutAnAppId() {
        runner.withPropertyValues("MICROSOFT_APP_PASSWORD=only-the-password")
                .run(context -> assertThat(context).hasNotFailed()
                        .doesNotHaveBean(TeamsConfiguration.class)
                        .doesNotHaveBean(SecurityFilterChain.class));
    }
}
