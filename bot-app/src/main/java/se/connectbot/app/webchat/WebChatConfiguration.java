package se.connectbot.app.webchat;

import com.github.benmanes.caffeine.cache.Ticker;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import java.time.Clock;
import se.connectbot.core.housekeeping.Sweep;
import se.connectbot.core.linking.AccountLinking;
import se.connectbot.core.rights.RightsPolicy;
import se.connectbot.portal.api.PortalApi;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.connectbot.core.crypto.TokenCipher;
import tools.jackson.databind.json.JsonMapper;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.web.http.SessionRepositoryFilter;

/** The web chat's beans; its controllers are found by component scanning. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(WebChatProperties.class)
@ConditionalOnBooleanProperty(name = "connectbot.web-chat.enabled", matchIfMissing = true)
class WebChatConfiguration {

    /** One instance per period forgets ended sessions' links: db-scheduler, registered on every instance. */
    @Bean
    RecurringTask<Void> webChatLinkCleanupTask(WebChatLinkCleanup cleanup, WebChatProperties properties) {
        return Tasks.recurring("web-chat-link-cleanup", FixedDelay.of(properties.linkCleanupInterval()))
                .execute((instance, context) -> cleanup.run());
    }

    @Bean
    ReplyViews replyViews() {
        return new ReplyViews();
    }

    @Bean
    WebChatPushes webChatPushes(JdbcClient jdbc, TokenCipher cipher) {
        return new WebChatPushes(jdbc, cipher);
    }

    @Bean
    WebChatHistory webChatHistory(JdbcClient jdbc, TokenCipher cipher,
                                  @Value("${spring.session.jdbc.table-name:SPRING_SESSION}") String sessionTable) {
        return new WebChatHistory(jdbc, cipher, sessionTable);
    }

    /** The conversations of sessions that ended go with the cluster's housekeeping. */
    @Bean
    Sweep webChatHistorySweep(WebChatHistory webChatHistory, Clock clock) {
        return () -> webChatHistory.forgetEnded(clock.instant());
    }

    @Bean
    QuickCommands quickCommands(PortalApi portal, AccountLinking linking, RightsPolicy rights) {
        return new QuickCommands(portal, linking, rights);
    }

    /** The web chat's face of the core's outbound port. */
    @Bean
    WebChatSender webChatSender(WebChatPushes webChatPushes, ReplyViews replyViews, JsonMapper json, Clock clock) {
        return new WebChatSender(webChatPushes, replyViews, json, clock);
    }

    @Bean
    Sweep webChatPushSweep(WebChatSender webChatSender) {
        return webChatSender::purge;
    }

    /** On the endpoints that make a web chat session; right after Spring Session's filter, whose session it asks about. */
    @Bean
    FilterRegistrationBean<NewSessionLimit> newSessionLimit(WebChatProperties properties) {
        FilterRegistrationBean<NewSessionLimit> registration =
                new FilterRegistrationBean<>(new NewSessionLimit(properties.newSessionsPerMinute(), Ticker.systemTicker()));
        registration.addUrlPatterns("/api/chat/*", "/signin", "/oauth/callback");
        registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER + 1);
        return registration;
    }
}
