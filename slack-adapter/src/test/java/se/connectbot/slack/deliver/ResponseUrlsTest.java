package se.connectbot.slack.deliver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ResponseUrlsTest {

    private final ResponseUrls urls = ResponseUrls.of(ResponseUrls.SLACK_ORIGINS, "https://slack.com/api/");

    @Test
    void allowsSlacksHooksAndTheWebApisOwnOrigin() {
        assertThat(urls.allows("https://hooks.slack.com/commands/T0/123/abc")).isTrue();
        assertThat(urls.allows("https://HOOKS.slack.com:443/actions/T0/1/x")).isTrue();
        assertThat(urls.allows("https://hooks.slack-gov.com/commands/T0/1/x")).isTrue();
        assertThat(urls.allows("https://slack.com/api/chat.postMessage")).isTrue();
    }

    @Test
    void refusesEverythingElseHoweverItIsDressedUp() {
        for (String url : List.of("http://hooks.slack.com/commands/x", "https://hooks.slack.com.evil.example/x",
                "https://evil.example@hooks.slack.com/x", "https://hooks.slack.com@evil.example/x", "https://hooks.slack.com:8443/x",
                "http://localhost:8080/actuator/shutdown", "http://169.254.169.254/latest/meta-data", "file:///etc/passwd",
                "hooks.slack.com/commands/x", "https://", "not a url", "")) {
            assertThat(urls.allows(url)).as(url).isFalse();
        }
        assertThat(urls.allows(null)).isFalse();
    }

    @Test
    void aConfiguredOriginThatIsNotOneIsRefusedAtStartNamingIt() {
        assertThatThrownBy(() -> ResponseUrls.of(List.of("hooks.slack.com"), "https://slack.com/api/"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("hooks.slack.com");
    }
}
