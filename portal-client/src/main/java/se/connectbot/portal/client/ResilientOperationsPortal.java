package se.connectbot.portal.client;

import java.util.List;
import org.jspecify.annotations.Nullable;
import se.connectbot.portal.api.OperationsPortal;
import se.connectbot.portal.api.Outage;
import se.connectbot.portal.api.OutageChanges;
import se.connectbot.portal.api.OutageQuery;

/** Retries and circuit breaking around the operational information (reads only). */
final class ResilientOperationsPortal implements OperationsPortal {

    private final OperationsPortal delegate;
    private final Resilience resilience;

    ResilientOperationsPortal(OperationsPortal delegate, Resilience resilience) {
        this.delegate = delegate;
        this.resilience = resilience;
    }

    @Override
    public List<Outage> outages(OutageQuery query) {
        return resilience.retriable(() -> delegate.outages(query));
    }

    @Override
    public Outage outage(String outageId) {
        return resilience.retriable(() -> delegate.outage(outageId));
    }

    @Override
    public OutageChanges outageChanges(@Nullable String cursor) {
        return resilience.retriable(() -> delegate.outageChanges(cursor));
    }
}
