package se.connectbot.portal.client;

import java.util.List;
import org.jspecify.annotations.Nullable;
import se.connectbot.portal.api.OperationsPortal;
import se.connectbot.portal.api.Outage;
import se.connectbot.portal.api.OutageChanges;
import se.connectbot.portal.api.OutageQuery;

/** The operational information over HTTP with the bot's own token; no caching, no retries. */
final class HttpOperationsPortal implements OperationsPortal {

    private final PortalHttp http;
    private final Authorized authorized;

    HttpOperationsPortal(PortalHttp http, Authorized authorized) {
        this.http = http;
        this.authorized = authorized;
    }

    @Override
    public List<Outage> outages(OutageQuery q) {
        return authorized.call("outages", auth -> http.outages(auth, q.status(), q.municipality(), q.postcode(),
                q.network(), q.kind(), q.recentDays()));
    }

    @Override
    public Outage outage(String outageId) {
        return authorized.call("outage", auth -> http.outage(auth, outageId));
    }

    @Override
    public OutageChanges outageChanges(@Nullable String cursor) {
        return authorized.call("outageChanges", auth -> http.outageChanges(auth, cursor));
    }
}
