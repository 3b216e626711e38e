package se.connectbot.portal.api;

import org.jspecify.annotations.Nullable;

/** How an outage ended: an optional closing text added to its updates. */
public record OutageResolution(@Nullable String update) {

    public static OutageResolution withoutText() {
        return new OutageResolution(null);
    }
}
