package se.connectbot.core.engine;

import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.connectbot.core.crypto.TokenCipher;
import se.connectbot.core.housekeeping.Sweep;

/**
 * Builds the {@link DeliveryLog} from a {@code JdbcClient} (the core's migrations make
 * {@code delivery}), the {@link TokenCipher} and {@code connectbot.delivery.*}, with its share of
 * housekeeping. The core's configuration picks it up; the dispatch's wiring imports it, so an
 * adapter's tests, which run the dispatch without the rest of the core, de-duplicate as bot-app does.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DeliveryProperties.class)
public class DeliveryWiring {

    @Bean
    DeliveryLog deliveryLog(JdbcClient jdbc, DeliveryProperties properties, TokenCipher cipher, ObjectProvider<Clock> clock) {
        return new DeliveryLog(jdbc, properties, cipher, clock.getIfAvailable(Clock::systemUTC));
    }

    /** Replies past keep-reply, deliveries and clicks past keep: once per period across all instances. */
    @Bean
    Sweep deliverySweep(DeliveryLog deliveries) {
        return deliveries::purge;
    }
}
