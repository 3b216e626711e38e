package se.connectbot.app;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Map;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfiguration;
import se.connectbot.slack.testing.FakeSlack;

/**
 * The whole demo as {@code java -jar} runs it: the bot, the sandbox portal started in-process
 * by the bot, one embedded PostgreSQL, all on free ports and throw-away data; with Slack
 * configured as in production, its Web API faked at the wire ({@link FakeSlack}). Every test class
 * carrying exactly this annotation shares one running instance (Spring's test context cache).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(classes = ConnectBotApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"connectbot.sandbox.port=0", "embedded-db.data-directory=",
                "SLACK_SIGNING_SECRET=" + SlackWorkspace.SIGNING_SECRET, "SLACK_BOT_TOKEN=" + SlackWorkspace.BOT_TOKEN,
                // Slack is configured, so the development key would stop the start (DevelopmentKeyGuard)
                "connectbot.crypto.key=" + WholeBotTest.CRYPTO_KEY,
                // every test browser comes from 127.0.0.1: the cap on new sessions per address is NewSessionLimitTest's
                "connectbot.web-chat.new-sessions-per-minute=100000"})
@ContextConfiguration(initializers = WholeBotTest.FakeSlackApi.class)
@interface WholeBotTest {

    /** A key for tests only (32 random bytes, base64). */
    String CRYPTO_KEY = "rpZPD7xntw/JdrQh+3O9EE5Rl/2uQt4zSGpaRfyT98A=";

    /** Slack's Web API is WireMock (one per JVM, started here), as {@code SLACK_API_URL} points it elsewhere in staging. */
    final class FakeSlackApi implements ApplicationContextInitializer<ConfigurableApplicationContext> {
        @Override
        public void initialize(ConfigurableApplicationContext context) {
            context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("fakeSlackApi",
                    Map.of("SLACK_API_URL", FakeSlack.instance().apiUrl())));
        }
    }
}
