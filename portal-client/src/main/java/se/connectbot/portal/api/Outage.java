package se.connectbot.portal.api;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A disruption (driftstörning) as the operational information shows it.
 *
 * @param networks      for mobile outages, the affected generations; empty for fixed ones
 * @param municipalities the affected kommuner
 * @param postcodes     the affected postcodes, {@code NNN NN}
 * @param updates       the operator's updates, oldest first
 * @param version       grows with every change, so a poller can tell new from seen
 */
public record Outage(
        String id,
        String title,
        String description,
        OutageKind kind,
        List<Network> networks,
        Severity severity,
        List<String> municipalities,
        List<String> postcodes,
        Instant startedAt,
        @Nullable Instant expectedEnd,
        @Nullable Instant resolvedAt,
        OutageStatus status,
        List<Update> updates,
        Instant updatedAt,
        long version) {

    public Outage {
        networks = List.copyOf(networks);
        municipalities = List.copyOf(municipalities);
        postcodes = List.copyOf(postcodes);
        updates = List.copyOf(updates);
    }

    public enum Severity { MINOR, MAJOR, CRITICAL }

    public enum OutageStatus { ACTIVE, RESOLVED }

    public record Update(Instant at, String text) {
    }
}
