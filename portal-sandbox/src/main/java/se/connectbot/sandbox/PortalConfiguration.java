package se.connectbot.sandbox;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import se.connectbot.sandbox.demo.DemoProperties;
import se.connectbot.sandbox.user.CurrentUserArgumentResolver;
import se.connectbot.sandbox.user.CurrentUsers;

/**
 * The wiring of the portal's data and API (everything but the authorization server): the
 * clock, the current-user parameter of controllers and the demo data settings.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DemoProperties.class)
class PortalConfiguration {

    /** The portal's time zone: dates such as due dates and "this month" are Swedish ones. */
    static final ZoneId PORTAL_ZONE = ZoneId.of("Europe/Stockholm");

    private static final Logger log = LoggerFactory.getLogger(PortalConfiguration.class);

    /** The system clock, or a frozen one when {@code sandbox.clock.fixed} holds an instant (tests, demos). */
    @Bean
    Clock portalClock(@Value("${sandbox.clock.fixed:}") String fixed) {
        if (fixed.isBlank()) {
            return Clock.system(PORTAL_ZONE);
        }
        log.info("The sandbox's clock is frozen at {}", fixed);
        return Clock.fixed(Instant.parse(fixed), PORTAL_ZONE);
    }

    @Bean
    WebMvcConfigurer currentUserParameter(CurrentUsers currentUsers) {
        return new WebMvcConfigurer() {
            @Override
            public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
                resolvers.add(new CurrentUserArgumentResolver(currentUsers));
            }
        };
    }
}
