package se.connectbot.coretesting;

import java.time.Instant;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import se.connectbot.core.CoreConfiguration;

/**
 * The core on the embedded PostgreSQL with the in-memory portal and authorization server and a
 * clock tests move (each replaceable by a singleton registered before start, to share the fakes
 * across a restart of the context). Deliberately not a {@code @SpringBootConfiguration}, so other modules' test
 * searches never find it by accident.
 */
@Configuration(proxyBeanMethods = false)
@EnableAutoConfiguration
@Import(CoreConfiguration.class)
public class CoreTestApplication {

    /** A Wednesday morning in Stockholm: 2026-11-25 10:00. */
    public static final Instant START = Instant.parse("2026-11-25T09:00:00Z");

    @Bean
    @Primary
    @ConditionalOnMissingBean
    MutableClock testClock() {
        return new MutableClock(START);
    }

    @Bean
    @ConditionalOnMissingBean
    FakeAuthorizationServer fakeAuthorizationServer(MutableClock clock) {
        return new FakeAuthorizationServer(clock);
    }

    @Bean
    @ConditionalOnMissingBean
    FakePortal fakePortal(FakeAuthorizationServer auth, MutableClock clock) {
        return new FakePortal(auth, clock);
    }
}
