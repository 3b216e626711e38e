package se.connectbot.sandbox.demo;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The demo data settings ({@code sandbox.demo.*}).
 *
 * @param enabled  generate demo data into an empty database at start-up
 * @param size     DEFAULT (about 400 services) or LARGE (about 100,000, for benchmarks)
 * @param services when above 0, about this many services, whatever the size says
 * @param seed     the random seed; the same seed gives the same data (dated relative to the clock)
 */
@Validated
@ConfigurationProperties("sandbox.demo")
public record DemoProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("default") Size size,
        @DefaultValue("0") @Min(0) @Max(2_000_000) int services,
        @DefaultValue("20261125") long seed) {

    /** The preset sizes of the demo data. */
    public enum Size { DEFAULT, LARGE }

    static final int DEFAULT_SERVICES = 400;
    static final int LARGE_SERVICES = 100_000;

    int targetServices() {
        if (services > 0) {
            return services;
        }
        return size == Size.LARGE ? LARGE_SERVICES : DEFAULT_SERVICES;
    }
}
