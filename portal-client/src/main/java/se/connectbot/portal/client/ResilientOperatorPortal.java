package se.connectbot.portal.client;

import se.connectbot.portal.api.NewOutage;
import se.connectbot.portal.api.OperatorPortal;
import se.connectbot.portal.api.Outage;
import se.connectbot.portal.api.OutagePatch;
import se.connectbot.portal.api.OutageResolution;

/** Retries for the operator's keyed POSTs; the PATCH (it may add an update text) is sent once. */
final class ResilientOperatorPortal implements OperatorPortal {

    private final OperatorPortal delegate;
    private final Resilience resilience;

    ResilientOperatorPortal(OperatorPortal delegate, Resilience resilience) {
        this.delegate = delegate;
        this.resilience = resilience;
    }

    @Override
    public Outage createOutage(NewOutage outage, String idempotencyKey) {
        return resilience.retriable(() -> delegate.createOutage(outage, idempotencyKey));
    }

    @Override
    public Outage updateOutage(String outageId, OutagePatch patch) {
        return resilience.once(() -> delegate.updateOutage(outageId, patch));
    }

    @Override
    public Outage resolveOutage(String outageId, OutageResolution resolution, String idempotencyKey) {
        return resilience.retriable(() -> delegate.resolveOutage(outageId, resolution, idempotencyKey));
    }
}
