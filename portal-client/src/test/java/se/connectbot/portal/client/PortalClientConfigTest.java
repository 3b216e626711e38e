package se.connectbot.portal.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import se.connectbot.portal.client.PortalClientConfig.ResilienceSettings;

class PortalClientConfigTest {

    private final PortalClientConfig config = PortalClientConfig.of(URI.create("http://localhost:8081/"), "connect-bot", "s3cret");

    @Test
    void derivesTheApiAndOAuthEndpointsFromTheBaseUrl() {
        assertThat(config.apiUrl()).isEqualTo(URI.create("http://localhost:8081/api/v1"));
        assertThat(config.effectiveAuthorizationUrl()).isEqualTo(URI.create("http://localhost:8081/oauth2/authorize"));
        assertThat(config.effectiveTokenUrl()).isEqualTo(URI.create("http://localhost:8081/oauth2/token"));
        assertThat(config.effectiveRevocationUrl()).isEqualTo(URI.create("http://localhost:8081/oauth2/revoke"));
    }

    @Test
    void defaultsToOneSecondToConnectAndFiveToRead() {
        assertThat(config.connectTimeout()).isEqualTo(Duration.ofSeconds(1));
        assertThat(config.readTimeout()).isEqualTo(Duration.ofSeconds(5));
    }

    @Test
    void keepsTheSecretOutOfItsText() {
        assertThat(config.toString()).doesNotContain("s3cret").contains("connect-bot");
    }

    @Test
    void refusesABaseUrlThatIsNotHttpNamingIt() {
        assertThatThrownBy(() -> PortalClientConfig.of(URI.create("ftp://portal"), "c", "s"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ftp://portal");
    }

    @Test
    void refusesNonPositiveTimeoutsNamingThem() {
        assertThatThrownBy(() -> config.withTimeouts(Duration.ZERO, Duration.ofSeconds(5)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("connectTimeout").hasMessageContaining("PT0S");
    }

    @Test
    void refusesFewerThanOneAttempt() {
        assertThatThrownBy(() -> ResilienceSettings.defaults().withRetries(0, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxAttempts");
    }
}
