package se.connectbot.portal.api;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A change to an active outage: every null field stays as it is; {@code update}, when set, is
 * added to the outage's updates. A patch with nothing set is refused by the portal.
 */
public record OutagePatch(
        @Nullable String title,
        @Nullable String description,
        @Nullable OutageKind kind,
        @Nullable List<Network> networks,
        Outage.@Nullable Severity severity,
        @Nullable List<String> municipalities,
        @Nullable List<String> postcodes,
        @Nullable Instant startedAt,
        @Nullable Instant expectedEnd,
        @Nullable String update) {

    /** A patch that only adds an update text. */
    public static OutagePatch updateText(String text) {
        return new OutagePatch(null, null, null, null, null, null, null, null, null, text);
    }
}
