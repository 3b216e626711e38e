package se.connectbot.slack.testing;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import se.connectbot.slack.SlackConfiguration;

/** The adapter as bot-app will run it, with a scripted core instead of the real one. */
@SpringBootConfiguration
@EnableAutoConfiguration
@Import(SlackConfiguration.class)
public class SlackTestApplication {

    @Bean
    ScriptedEngine scriptedEngine() {
        return new ScriptedEngine();
    }
}
