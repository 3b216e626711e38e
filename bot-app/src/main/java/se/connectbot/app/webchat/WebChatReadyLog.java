package se.connectbot.app.webchat;

import java.net.URI;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import se.connectbot.app.sandbox.RunningSandbox;
import se.connectbot.core.linking.LinkingProperties;
import se.connectbot.sandbox.demo.DemoSignIns;

/**
 * One line when the bot is up: the address to open, and, when the demo's sandbox runs in this
 * process, whom to sign in as (the demo's published password, nothing else of the configuration).
 */
@Component
@ConditionalOnBooleanProperty(name = "connectbot.web-chat.enabled", matchIfMissing = true)
class WebChatReadyLog {

    private static final Logger log = LoggerFactory.getLogger(WebChatReadyLog.class);

    private final String line;

    WebChatReadyLog(LinkingProperties properties, ObjectProvider<RunningSandbox> sandbox) {
        RunningSandbox inProcess = sandbox.getIfAvailable();
        this.line = line(properties.publicBaseUrl(), inProcess == null ? null : inProcess.baseUrl());
    }

    @EventListener(ApplicationReadyEvent.class)
    void ready() {
        log.info(line);
    }

    /** @param sandbox the in-process sandbox portal, when the demo runs one */
    static String line(URI publicBaseUrl, @Nullable URI sandbox) {
        String webChat = publicBaseUrl.toString().replaceAll("/+$", "") + "/";
        if (sandbox == null) {
            return "Connect Bot is up. Web chat: " + webChat;
        }
        List<String> users = DemoSignIns.usernames();
        return "Connect Bot demo is up. Open the web chat at " + webChat + " and click \"Logga in\"; at the sandbox portal ("
                + sandbox + ") sign in as " + String.join(", ", users) + " (password for all: " + DemoSignIns.PASSWORD + ")";
    }
}
