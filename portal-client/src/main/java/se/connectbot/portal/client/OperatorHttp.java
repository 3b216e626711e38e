package se.connectbot.portal.client;

import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.service.annotation.HttpExchange;
import org.springframework.web.service.annotation.PatchExchange;
import org.springframework.web.service.annotation.PostExchange;
import se.connectbot.portal.api.NewOutage;
import se.connectbot.portal.api.Outage;
import se.connectbot.portal.api.OutagePatch;
import se.connectbot.portal.api.OutageResolution;

/** The operator endpoints of {@code openapi/portal-api.yaml}, relative to {@code /api/v1}. */
@HttpExchange(url = "/operator", accept = {"application/json", "application/problem+json"})
interface OperatorHttp {

    @PostExchange(url = "/outages", contentType = "application/json")
    @Nullable Outage createOutage(
            @RequestHeader(PortalHttp.AUTH) String authorization,
            @RequestHeader(PortalHttp.IDEMPOTENCY_KEY) String idempotencyKey,
            @RequestBody NewOutage outage);

    @PatchExchange(url = "/outages/{outageId}", contentType = "application/json")
    @Nullable Outage updateOutage(
            @RequestHeader(PortalHttp.AUTH) String authorization,
            @PathVariable("outageId") String outageId,
            @RequestBody OutagePatch patch);

    @PostExchange(url = "/outages/{outageId}/resolve", contentType = "application/json")
    @Nullable Outage resolveOutage(
            @RequestHeader(PortalHttp.AUTH) String authorization,
            @PathVariable("outageId") String outageId,
            @RequestHeader(PortalHttp.IDEMPOTENCY_KEY) String idempotencyKey,
            @RequestBody OutageResolution resolution);
}
