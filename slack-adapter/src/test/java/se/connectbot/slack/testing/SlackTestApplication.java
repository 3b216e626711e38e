package se.connectbot.slack.testing;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import se.connectbot.slack.SlackConfiguration;

/** The adapter as bot-app will run it, with a scripted core (and the core's conversation store in memory) instead of the real one. */
@SpringBootConfiguration
@EnableAutoConfiguration
@Import(SlackConfiguration.class)
public class SlackTestApplication {

    @Bean
    MemoryConversations memoryConversations() {
        return new MemoryConversations();
    }

    @Bean
    ScriptedEngine scriptedEngine() {
        return new ScriptedEngine();
    }
}
