package se.connectbot.portal.api;

import java.util.List;

/**
 * The operational information, read with the bot's own client-credentials token: public data,
 * shared by every user. Thread-safe.
 */
public interface OperationsPortal {

    List<Outage> outages(OutageQuery query);

    Outage outage(String outageId);

    /** What changed since {@code cursor}; null for "from now", which returns no changes and a cursor. */
    OutageChanges outageChanges(@org.jspecify.annotations.Nullable String cursor);
}
