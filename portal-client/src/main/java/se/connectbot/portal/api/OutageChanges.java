package se.connectbot.portal.api;

import java.util.List;

/**
 * What changed in the operational information since a cursor: new, updated and resolved
 * outages, oldest change first. Pass {@code nextCursor} on the next call.
 */
public record OutageChanges(List<Outage> changes, String nextCursor) {

    public OutageChanges {
        changes = List.copyOf(changes);
    }
}
