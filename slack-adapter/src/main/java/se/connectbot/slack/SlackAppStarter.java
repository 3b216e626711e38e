package se.connectbot.slack;

import com.slack.api.bolt.App;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Starts the Bolt app with the application, so that its one-off work (in single-workspace mode
 * an {@code auth.test} of the bot token) is not paid by the first user's request. If Slack cannot
 * be reached now, Bolt tries again on the first request; the application starts either way.
 */
final class SlackAppStarter implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(SlackAppStarter.class);

    private final App app;
    private volatile boolean running;

    SlackAppStarter(App app) {
        this.app = app;
    }

    @Override
    public void start() {
        try {
            app.start();
        } catch (RuntimeException e) {
            log.warn("Slack app not started yet ({}); it will try again on the first request", e.getMessage());
        }
        running = true;
    }

    @Override
    public void stop() {
        running = false;
        app.stop();
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
