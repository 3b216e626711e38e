package se.connectbot.app.sandbox;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.net.URI;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;

class InProcessSandboxTest {

    private final ConfigurableApplicationContext sandboxContext = mock(ConfigurableApplicationContext.class);
    private final InProcessSandbox.StopWithBot stopWithBot =
            new InProcessSandbox.StopWithBot(new RunningSandbox(URI.create("http://localhost:8081"), 8081, sandboxContext));

    @Test
    void closesTheSandboxWhenTheBotsContextCloses() {
        ConfigurableApplicationContext bot = mock(ConfigurableApplicationContext.class);

        stopWithBot.onApplicationEvent(new ContextClosedEvent(bot));

        verify(sandboxContext).close();
    }

    @Test
    void keepsTheSandboxWhenOnlyAChildContextOfTheBotCloses() {
        ConfigurableApplicationContext management = mock(ConfigurableApplicationContext.class);
        when(management.getParent()).thenReturn(mock(ConfigurableApplicationContext.class));

        stopWithBot.onApplicationEvent(new ContextClosedEvent(management));

        verify(sandboxContext, never()).close();
    }

    @Test
    void closesTheSandboxWhenTheBotFailsToStart() {
        stopWithBot.onApplicationEvent(new ApplicationFailedEvent(new SpringApplication(), new String[0], null,
                new IllegalStateException("no database")));

        verify(sandboxContext).close();
    }
}
