package se.connectbot.core.dispatch;

import java.time.Clock;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.connectbot.core.chat.BotEngine;
import se.connectbot.core.i18n.UserLanguages;

/**
 * Builds the {@link InboundDispatch} from a {@link BotEngine}, {@link UserLanguages}, a
 * {@code JdbcClient} (the core's migrations make {@code delivery_claim}) and
 * {@code connectbot.dispatch.*}. The core's configuration picks it up; an adapter's tests, which
 * run a scripted engine without the rest of the core, import it alone.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DispatchProperties.class)
public class DispatchWiring {

    private static final Logger log = LoggerFactory.getLogger(DispatchWiring.class);

    @Bean
    AdapterThreads adapterThreads(DispatchProperties properties) {
        return new AdapterThreads(properties.workerThreads());
    }

    @Bean
    InboundDispatch inboundDispatch(BotEngine engine, UserLanguages languages, JdbcClient jdbc, AdapterThreads threads,
                                    DispatchProperties properties, ObjectProvider<Clock> clock) {
        DeliveryClaims claims = new DeliveryClaims(jdbc, clock.getIfAvailable(Clock::systemUTC));
        threads.timers().scheduleWithFixedDelay(() -> purge(claims, properties), 1, 60, TimeUnit.MINUTES);
        return new InboundDispatch(engine, languages, claims, threads, properties);
    }

    private static void purge(DeliveryClaims claims, DispatchProperties properties) {
        try {
            claims.purge(properties.retryWindow());
        } catch (RuntimeException e) {
            log.warn("Could not purge old delivery claims: {}", e.getMessage());
        }
    }
}
