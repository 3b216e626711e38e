package se.connectbot.app.webchat;

import com.github.benmanes.caffeine.cache.Ticker;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.web.http.SessionRepositoryFilter;

/** The web chat's beans; its controllers are found by component scanning. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(WebChatProperties.class)
@ConditionalOnBooleanProperty(name = "connectbot.web-chat.enabled", matchIfMissing = true)
class WebChatConfiguration {

    @Bean
    ReplyViews replyViews() {
        return new ReplyViews();
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
