package se.connectbot.core.dispatch;

import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.connectbot.core.chat.BotEngine;
import se.connectbot.core.housekeeping.Sweep;
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

    @Bean
    AdapterThreads adapterThreads(DispatchProperties properties) {
        return new AdapterThreads(properties.maxInFlight());
    }

    @Bean
    DeliveryClaims deliveryClaims(JdbcClient jdbc, ObjectProvider<Clock> clock) {
        return new DeliveryClaims(jdbc, clock.getIfAvailable(Clock::systemUTC));
    }

    /** Claims no window reaches any more go with the core's housekeeping, once per period across all instances. */
    @Bean
    Sweep deliveryClaimsSweep(DeliveryClaims claims, DispatchProperties properties) {
        return () -> claims.purge(properties.retryWindow());
    }

    @Bean
    InboundDispatch inboundDispatch(BotEngine engine, UserLanguages languages, DeliveryClaims claims, AdapterThreads threads,
                                    DispatchProperties properties) {
        return new InboundDispatch(engine, languages, claims, threads, properties);
    }
}
