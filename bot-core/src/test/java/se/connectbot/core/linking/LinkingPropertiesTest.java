package se.connectbot.core.linking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class LinkingPropertiesTest {

    private static final URI BASE = URI.create("https://bot.example");

    @Test
    void refusesAConfirmationThatWouldNotExpireWithinMinutes() {
        for (Duration tooLong : List.of(Duration.ofMinutes(16), Duration.ofHours(1), Duration.ofDays(1))) {
            assertThatThrownBy(() -> properties(tooLong)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("connectbot.sign-in-confirm-validity").hasMessageContaining(tooLong.toString());
        }
        assertThatThrownBy(() -> properties(Duration.ZERO)).hasMessageContaining("connectbot.sign-in-confirm-validity");
        assertThat(properties(Duration.ofMinutes(15)).signInConfirmValidity()).isEqualTo(Duration.ofMinutes(15));
        assertThat(properties(Duration.ofMinutes(5)).redirectUri()).isEqualTo(URI.create("https://bot.example/oauth/callback"));
    }

    private static LinkingProperties properties(Duration confirmValidity) {
        return new LinkingProperties(BASE, Duration.ofMinutes(10), confirmValidity, List.of("openid", "portal"));
    }
}
