/**
 * {@code outages}/{@code driftstörningar}: current disruptions, filtered by municipality,
 * postcode or network, those touching the user's own services first.
 */
@NullMarked
package se.connectbot.core.outage;

import org.jspecify.annotations.NullMarked;
