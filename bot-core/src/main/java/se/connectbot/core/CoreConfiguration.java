package se.connectbot.core;

import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.api.Location;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.boot.persistence.autoconfigure.EntityScan;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;
import se.connectbot.core.command.Command;
import se.connectbot.core.command.CommandRegistry;
import se.connectbot.core.command.Intent;
import se.connectbot.core.portal.PortalWiring;

/**
 * The core's Spring wiring, for bot-app to import. It talks to the portal through a
 * {@code se.connectbot.portal.api.PortalApi} and a {@code se.connectbot.core.linking.PortalSignIn}
 * (the portal's OAuth operations), built from {@code connectbot.portal.*} unless the application
 * declares its own (see {@link PortalWiring}), and keeps its state in PostgreSQL through the
 * application's DataSource (the schema comes by Boot's Flyway from {@link #MIGRATIONS}, which this
 * configuration sets). Settings are {@code connectbot.*}. It owns no threads and schedules
 * nothing: the application runs {@link se.connectbot.core.housekeeping.Housekeeping#run()}
 * periodically, once per period across all its instances. Note that its
 * {@code @EntityScan} and {@code @EnableJpaRepositories} replace Boot's defaults: an application
 * with entities or repositories of its own must list their packages too.
 */
@Configuration(proxyBeanMethods = false)
// the defaults are imported deferred (DeferredCoreImports), never scanned: their conditions must come last
@ComponentScan(basePackageClasses = CoreConfiguration.class, excludeFilters = @ComponentScan.Filter(
        type = FilterType.ASSIGNABLE_TYPE, classes = {PortalWiring.class, CoreDefaults.class}))
@EnableJpaRepositories(basePackageClasses = CoreConfiguration.class)
@EntityScan(basePackageClasses = CoreConfiguration.class)
@ConfigurationPropertiesScan(basePackageClasses = CoreConfiguration.class)
@Import(DeferredCoreImports.class)
public class CoreConfiguration {

    /** Where the core's Flyway migrations live. */
    public static final String MIGRATIONS = "classpath:db/bot-core";

    @Bean
    CommandRegistry commandRegistry(List<Command> commands, List<Intent> intents) {
        return new CommandRegistry(commands, intents);
    }

    /**
     * Points Flyway at the core's migrations instead of the default {@code classpath:db/migration},
     * which in bot-app also holds the in-process sandbox portal's own migrations (another
     * database, another V1). Locations configured explicitly elsewhere are kept.
     */
    @Bean
    FlywayConfigurationCustomizer coreMigrations() {
        return configuration -> {
            List<Location> locations = new ArrayList<>();
            locations.add(new Location(MIGRATIONS));
            for (Location location : configuration.getLocations()) {
                if (!location.getDescriptor().equals("classpath:db/migration") && !location.getDescriptor().equals(MIGRATIONS)) {
                    locations.add(location);
                }
            }
            configuration.locations(locations.toArray(Location[]::new));
        };
    }

    /**
     * Adds an adapter's migrations to the application's Flyway, keeping its other locations, and
     * lets Flyway apply migrations out of order: the core's and each adapter's versions are
     * separate ranges in one history, so a core V12 written after V1001 ran must still be applied.
     * An adapter's folder is not under {@code db/migration}: in bot-app that folder (scanned
     * recursively) is the in-process sandbox portal's.
     */
    public static FlywayConfigurationCustomizer alsoMigrate(String location) {
        return configuration -> {
            List<Location> locations = new ArrayList<>(List.of(configuration.getLocations()));
            if (locations.stream().noneMatch(l -> l.getDescriptor().equals(location))) {
                locations.add(new Location(location));
            }
            configuration.locations(locations.toArray(Location[]::new)).outOfOrder(true);
        };
    }
}
