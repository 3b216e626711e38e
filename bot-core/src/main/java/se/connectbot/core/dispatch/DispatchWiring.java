package se.connectbot.core.dispatch;

import java.time.Clock;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.connectbot.core.chat.BotEngine;
import se.connectbot.core.crypto.TokenCipher;
import se.connectbot.core.engine.DeliveryLog;
import se.connectbot.core.engine.DeliveryProperties;
import se.connectbot.core.engine.DeliveryWiring;
import se.connectbot.core.housekeeping.Sweep;
import se.connectbot.core.i18n.UserLanguages;

/**
 * Builds the {@link InboundDispatch} from a {@link BotEngine}, {@link UserLanguages}, the core's
 * {@link DeliveryLog} (imported), a {@code JdbcClient} (the core's migrations make
 * {@code accepted_work}), the {@link TokenCipher}, every adapter's {@link ResumableSenders.Factory}
 * and {@code connectbot.dispatch.*}. The core's configuration picks it up; an adapter's tests, which
 * run a scripted engine without the rest of the core, import it alone.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({DispatchProperties.class, TakeoverProperties.class})
@Import(DeliveryWiring.class)
public class DispatchWiring {

    @Bean
    AdapterThreads adapterThreads(DispatchProperties properties) {
        return new AdapterThreads(properties.maxInFlight(), properties.running());
    }

    @Bean
    AcceptedWork acceptedWork(JdbcClient jdbc, TokenCipher cipher, ObjectProvider<Clock> clock) {
        return new AcceptedWork(jdbc, cipher, clock.getIfAvailable(Clock::systemUTC));
    }

    /** Finished work is kept as long as the delivery log remembers its delivery, for the curious; then it goes. */
    @Bean
    Sweep acceptedWorkSweep(AcceptedWork work, DeliveryProperties deliveries) {
        return () -> work.purge(deliveries.keep());
    }

    @Bean
    InboundDispatch inboundDispatch(BotEngine engine, UserLanguages languages, DeliveryLog deliveries, AcceptedWork accepted,
                                    AdapterThreads threads, DispatchProperties properties, TakeoverProperties takeover) {
        return new InboundDispatch(engine, languages, deliveries, accepted, threads, properties, takeover.startedAfter().dividedBy(3));
    }

    @Bean
    ResumableSenders resumableSenders(List<ResumableSenders.Factory> factories) {
        return new ResumableSenders(factories);
    }

    /** The engine's log must have given a died worker's delivery up before the takeover asks it again. */
    @Bean
    Takeover takeover(AcceptedWork work, ResumableSenders senders, InboundDispatch dispatch, TakeoverProperties properties,
                      DeliveryProperties deliveries) {
        if (properties.startedAfter().compareTo(deliveries.abandonedAfter()) <= 0) {
            throw new IllegalArgumentException("connectbot.dispatch.takeover.started-after (" + properties.startedAfter()
                    + ") must exceed connectbot.delivery.abandoned-after (" + deliveries.abandonedAfter() + ")");
        }
        return new Takeover(work, senders, dispatch, properties);
    }
}
