package se.connectbot.portal.client;

import se.connectbot.portal.api.NewOutage;
import se.connectbot.portal.api.OperatorPortal;
import se.connectbot.portal.api.Outage;
import se.connectbot.portal.api.OutagePatch;
import se.connectbot.portal.api.OutageResolution;

/** The operator's outage tool over HTTP with the operator's token; no retries. */
final class HttpOperatorPortal implements OperatorPortal {

    private final OperatorHttp http;
    private final Authorized authorized;

    HttpOperatorPortal(OperatorHttp http, Authorized authorized) {
        this.http = http;
        this.authorized = authorized;
    }

    @Override
    public Outage createOutage(NewOutage outage, String idempotencyKey) {
        String key = IdempotencyKeys.checked(idempotencyKey);
        return authorized.call("createOutage", auth -> http.createOutage(auth, key, outage));
    }

    @Override
    public Outage updateOutage(String outageId, OutagePatch patch) {
        return authorized.call("updateOutage", auth -> http.updateOutage(auth, outageId, patch));
    }

    @Override
    public Outage resolveOutage(String outageId, OutageResolution resolution, String idempotencyKey) {
        String key = IdempotencyKeys.checked(idempotencyKey);
        return authorized.call("resolveOutage", auth -> http.resolveOutage(auth, outageId, key, resolution));
    }
}
