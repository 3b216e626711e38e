package se.connectbot.portal.api;

/**
 * The operator's own tool to publish outages ({@code /operator/outages}), used with the
 * operator's client-credentials token (scope {@code outages.write}); the bot never holds that
 * credential in production, demos and tests do. Every method throws {@link PortalException} on
 * failure. Thread-safe.
 */
public interface OperatorPortal {

    /** Publishes an outage; the same {@code idempotencyKey} twice gives the same outage. */
    Outage createOutage(NewOutage outage, String idempotencyKey);

    /** Changes an active outage and/or adds an update text; not retried, as it is not idempotent. */
    Outage updateOutage(String outageId, OutagePatch patch);

    /** Resolves an outage; resolving a resolved one changes nothing. */
    Outage resolveOutage(String outageId, OutageResolution resolution, String idempotencyKey);
}
