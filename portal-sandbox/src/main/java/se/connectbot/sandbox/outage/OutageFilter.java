package se.connectbot.sandbox.outage;

import org.jspecify.annotations.Nullable;
import se.connectbot.portal.api.Network;
import se.connectbot.portal.api.OutageKind;

/**
 * The outage list's filters after validation: the active outages when {@code active}, those
 * resolved within {@code resolvedWithinDays} when it is set, and the area/network/kind filters.
 *
 * @param postcode {@code NNN NN}
 */
record OutageFilter(
        boolean active,
        @Nullable Integer resolvedWithinDays,
        @Nullable String municipality,
        @Nullable String postcode,
        @Nullable Network network,
        @Nullable OutageKind kind) {
}
