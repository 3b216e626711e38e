package se.connectbot.app;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The whole demo as {@code java -jar} runs it: the bot, the sandbox portal started in-process
 * by the bot, one embedded PostgreSQL, all on free ports and throw-away data. Every test class
 * carrying exactly this annotation shares one running instance (Spring's test context cache).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(classes = ConnectBotApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"connectbot.sandbox.port=0", "embedded-db.data-directory="})
@interface WholeBotTest {
}
