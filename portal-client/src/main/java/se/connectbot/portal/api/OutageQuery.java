package se.connectbot.portal.api;

import org.jspecify.annotations.Nullable;

/**
 * Filters for the outage list; nulls mean no filter. A null status means current (ACTIVE) ones;
 * {@code recentDays} widens it to those resolved within that many days.
 */
public record OutageQuery(
        Outage.@Nullable OutageStatus status,
        @Nullable String municipality,
        @Nullable String postcode,
        @Nullable Network network,
        @Nullable OutageKind kind,
        @Nullable Integer recentDays) {

    public static OutageQuery current() {
        return new OutageQuery(null, null, null, null, null, null);
    }
}
