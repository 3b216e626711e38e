package se.connectbot.app.webchat;

import com.github.benmanes.caffeine.cache.Ticker;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The web chat's beans; its controllers are found by component scanning. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(WebChatProperties.class)
@ConditionalOnBooleanProperty(name = "connectbot.web-chat.enabled", matchIfMissing = true)
class WebChatConfiguration {

    @Bean
    ChatFiles chatFiles(WebChatProperties properties) {
        return new ChatFiles(properties.fileLifetime(), properties.fileStoreSize().toBytes(), Ticker.systemTicker());
    }

    @Bean
    ReplyViews replyViews(ChatFiles files) {
        return new ReplyViews(files);
    }
}
