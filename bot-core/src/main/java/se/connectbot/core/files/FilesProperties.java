package se.connectbot.core.files;

import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Delivered files and their download links ({@code connectbot.files.*}).
 *
 * @param keep          how long a delivered file's content is kept (a download link never
 *                      outlives it)
 * @param linkValidity  how long a signed download link may be used
 * @param linkKey       base64 of at least 16 bytes keying the links' signatures; unset: derived
 *                      from {@code connectbot.crypto.key}, so changing that key also ends the links
 */
@ConfigurationProperties("connectbot.files")
public record FilesProperties(
        @DefaultValue("PT1H") Duration keep,
        @DefaultValue("PT15M") Duration linkValidity,
        @Nullable String linkKey) {

    public FilesProperties {
        if (keep.isNegative() || keep.isZero()) {
            throw new IllegalArgumentException("connectbot.files.keep must be positive but was " + keep);
        }
        if (linkValidity.isNegative() || linkValidity.isZero() || linkValidity.compareTo(keep) > 0) {
            throw new IllegalArgumentException("connectbot.files.link-validity must be positive and at most connectbot.files.keep ("
                    + keep + ") but was " + linkValidity);
        }
    }
}
