package se.connectbot.app.webchat;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The web chat's settings, {@code connectbot.web-chat.*}.
 *
 * @param enabled       false to serve no web chat endpoints (a deployment with only Slack, say)
 * @param maxTextLength longest message accepted at all; the core answers anything over its own,
 *                      lower limit in words, this only stops abuse of the endpoint
 * @param newSessionsPerMinute how many new web chat sessions one client address may start per
 *                      minute (see {@link NewSessionLimit}); generous, for offices behind one address
 * @param linkCleanupInterval how often the links of ended sessions are forgotten ({@link WebChatLinkCleanup})
 */
@ConfigurationProperties("connectbot.web-chat")
record WebChatProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("20000") int maxTextLength,
        @DefaultValue("60") int newSessionsPerMinute,
        @DefaultValue("PT5M") Duration linkCleanupInterval) {

    WebChatProperties {
        if (newSessionsPerMinute < 1) {
            throw new IllegalArgumentException("connectbot.web-chat.new-sessions-per-minute must be positive but was " + newSessionsPerMinute);
        }
        if (linkCleanupInterval.isNegative() || linkCleanupInterval.isZero()) {
            throw new IllegalArgumentException("connectbot.web-chat.link-cleanup-interval must be positive but was " + linkCleanupInterval);
        }
        if (maxTextLength < 1) {
            throw new IllegalArgumentException("connectbot.web-chat.max-text-length must be positive but was " + maxTextLength);
        }
    }
}
