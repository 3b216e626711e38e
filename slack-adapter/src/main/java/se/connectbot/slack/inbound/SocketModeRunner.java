package se.connectbot.slack.inbound;

import com.slack.api.bolt.App;
import com.slack.api.bolt.socket_mode.SocketModeApp;
import com.slack.api.socket_mode.SocketModeClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Socket Mode ({@code SLACK_APP_TOKEN}): the same app and listeners, fed over a WebSocket that
 * the bot opens to Slack, for installations that cannot take inbound HTTP. Connects when the
 * application has started and disconnects when it stops. Slack signs nothing here; the app
 * token is the authentication.
 */
public final class SocketModeRunner implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(SocketModeRunner.class);

    private final App app;
    private final String appToken;
    private volatile SocketModeApp socketMode;

    public SocketModeRunner(App app, String appToken) {
        this.app = app;
        this.appToken = appToken;
    }

    @Override
    public void start() {
        try {
            socketMode = new SocketModeApp(appToken, app, SocketModeClient.Backend.JavaWebSocket);
            socketMode.startAsync();
            log.info("Slack Socket Mode connected");
        } catch (Exception e) {
            throw new IllegalStateException("could not connect to Slack in Socket Mode", e);
        }
    }

    @Override
    public void stop() {
        SocketModeApp running = socketMode;
        socketMode = null;
        if (running != null) {
            try {
                running.close();
            } catch (Exception e) {
                log.warn("Slack Socket Mode did not close cleanly: {}", e.getMessage());
            }
        }
    }

    @Override
    public boolean isRunning() {
        return socketMode != null;
    }
}
