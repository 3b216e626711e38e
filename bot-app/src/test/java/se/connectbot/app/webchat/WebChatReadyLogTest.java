package se.connectbot.app.webchat;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;

class WebChatReadyLogTest {

    @Test
    void theDemoSaysWhereTheWebChatIsAndWhomToSignInAs() {
        String line = WebChatReadyLog.line(URI.create("http://localhost:8080/"), URI.create("http://localhost:8081"));

        assertThat(line).contains("web chat at http://localhost:8080/ ").contains("(http://localhost:8081)")
                .contains("anna.admin@nordkust.se").contains("sofia.admin@solvikvard.se").contains("password for all: connect-demo")
                .doesNotContain("connect-bot-secret");
    }

    @Test
    void aBotWithARealPortalSaysOnlyWhereTheWebChatIs() {
        assertThat(WebChatReadyLog.line(URI.create("https://bot.example.se"), null))
                .isEqualTo("Connect Bot is up. Web chat: https://bot.example.se/");
    }
}
