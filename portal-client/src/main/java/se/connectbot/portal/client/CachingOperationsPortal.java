package se.connectbot.portal.client;

import java.util.List;
import org.jspecify.annotations.Nullable;
import se.connectbot.portal.api.OperationsPortal;
import se.connectbot.portal.api.Outage;
import se.connectbot.portal.api.OutageChanges;
import se.connectbot.portal.api.OutageQuery;
import se.connectbot.portal.client.PortalCache.Kind;

/**
 * Caches the public operational information, shared by everyone. The change feed is not
 * cached: a poller must see every change once, right after it happens.
 */
final class CachingOperationsPortal implements OperationsPortal {

    private final OperationsPortal delegate;
    private final PortalCache cache;

    CachingOperationsPortal(OperationsPortal delegate, PortalCache cache) {
        this.delegate = delegate;
        this.cache = cache;
    }

    @Override
    public List<Outage> outages(OutageQuery query) {
        return cache.get(PortalCache.SHARED, Kind.OUTAGES, query, () -> delegate.outages(query));
    }

    @Override
    public Outage outage(String outageId) {
        return cache.get(PortalCache.SHARED, Kind.OUTAGE, outageId, () -> delegate.outage(outageId));
    }

    @Override
    public OutageChanges outageChanges(@Nullable String cursor) {
        return delegate.outageChanges(cursor);
    }
}
