package se.connectbot.portal.api;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An outage for the operator to publish. MOBILE outages name at least one network, FIXED ones
 * none; at least one municipality or postcode is required (the portal checks both).
 *
 * @param startedAt   null for "now"
 * @param expectedEnd null when unknown
 */
public record NewOutage(
        String title,
        String description,
        OutageKind kind,
        List<Network> networks,
        Outage.Severity severity,
        List<String> municipalities,
        List<String> postcodes,
        @Nullable Instant startedAt,
        @Nullable Instant expectedEnd) {

    public NewOutage {
        networks = List.copyOf(networks);
        municipalities = List.copyOf(municipalities);
        postcodes = List.copyOf(postcodes);
    }
}
