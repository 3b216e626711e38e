package se.connectbot.core.status;

import org.jspecify.annotations.Nullable;

/** A status lookup in progress: the search the list shows (none: all services), and the service picked. */
record StatusPick(@Nullable String search, @Nullable String serviceId) {

    static final StatusPick ALL = new StatusPick(null, null);

    static StatusPick searching(String search) {
        return new StatusPick(search, null);
    }

    StatusPick withService(String id) {
        return new StatusPick(search, id);
    }
}
