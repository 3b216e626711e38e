package se.connectbot.core.dispatch;

import java.time.Clock;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.connectbot.core.chat.BotEngine;
import se.connectbot.core.crypto.TokenCipher;
import se.connectbot.core.engine.DeliveryProperties;
import se.connectbot.core.housekeeping.Sweep;
import se.connectbot.core.i18n.UserLanguages;

/**
 * Builds the {@link InboundDispatch} from a {@link BotEngine}, {@link UserLanguages}, a
 * {@code JdbcClient} (the core's migrations make {@code delivery_claim} and {@code accepted_work}), the
 * {@link TokenCipher}, every adapter's {@link ResumableSenders.Factory} and
 * {@code connectbot.dispatch.*}. The core's configuration picks it up; an adapter's tests, which
 * run a scripted engine without the rest of the core, import it alone.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({DispatchProperties.class, TakeoverProperties.class})
public class DispatchWiring {

    @Bean
    AdapterThreads adapterThreads(DispatchProperties properties) {
        return new AdapterThreads(properties.maxInFlight(), properties.running());
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
    AcceptedWork acceptedWork(JdbcClient jdbc, TokenCipher cipher, ObjectProvider<Clock> clock) {
        return new AcceptedWork(jdbc, cipher, clock.getIfAvailable(Clock::systemUTC));
    }

    /** Finished work is kept as long as a delivery is claimed against retries, for the curious; then it goes. */
    @Bean
    Sweep acceptedWorkSweep(AcceptedWork work, DispatchProperties properties) {
        return () -> work.purge(properties.retryWindow());
    }

    @Bean
    InboundDispatch inboundDispatch(BotEngine engine, UserLanguages languages, DeliveryClaims claims, AcceptedWork accepted,
                                    AdapterThreads threads, DispatchProperties properties, TakeoverProperties takeover) {
        return new InboundDispatch(engine, languages, claims, accepted, threads, properties, takeover.startedAfter().dividedBy(3));
    }

    @Bean
    ResumableSenders resumableSenders(List<ResumableSenders.Factory> factories) {
        return new ResumableSenders(factories);
    }

    /** The engine's log must have given a died worker's delivery up before the takeover asks it again. */
    @Bean
    Takeover takeover(AcceptedWork work, ResumableSenders senders, InboundDispatch dispatch, TakeoverProperties properties,
                      ObjectProvider<DeliveryProperties> deliveries) {
        DeliveryProperties log = deliveries.getIfAvailable();
        if (log != null && properties.startedAfter().compareTo(log.abandonedAfter()) <= 0) {
            throw new IllegalArgumentException("connectbot.dispatch.takeover.started-after (" + properties.startedAfter()
                    + ") must exceed connectbot.delivery.abandoned-after (" + log.abandonedAfter() + ")");
        }
        return new Takeover(work, senders, dispatch, properties);
    }
}
