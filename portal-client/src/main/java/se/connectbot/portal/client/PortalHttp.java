package se.connectbot.portal.client;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;
import org.springframework.web.service.annotation.PostExchange;
import se.connectbot.portal.api.Account;
import se.connectbot.portal.api.AccountNode;
import se.connectbot.portal.api.Dashboard;
import se.connectbot.portal.api.DataPackage;
import se.connectbot.portal.api.Invoice;
import se.connectbot.portal.api.InvoiceStatus;
import se.connectbot.portal.api.Me;
import se.connectbot.portal.api.Network;
import se.connectbot.portal.api.NewTicket;
import se.connectbot.portal.api.Order;
import se.connectbot.portal.api.Outage;
import se.connectbot.portal.api.OutageChanges;
import se.connectbot.portal.api.OutageKind;
import se.connectbot.portal.api.Page;
import se.connectbot.portal.api.ReportDefinition;
import se.connectbot.portal.api.ReportKind;
import se.connectbot.portal.api.ReportPage;
import se.connectbot.portal.api.ServiceDetail;
import se.connectbot.portal.api.ServiceKind;
import se.connectbot.portal.api.ServiceStatus;
import se.connectbot.portal.api.ServiceSummary;
import se.connectbot.portal.api.Ticket;
import se.connectbot.portal.api.TicketReply;
import se.connectbot.portal.api.TopUpRequest;

/**
 * The user and operations endpoints of {@code openapi/portal-api.yaml}, one method per
 * operation, relative to {@code /api/v1}. Each takes the whole {@code Authorization} header
 * value, so one proxy serves every user. A test checks this interface and the document list
 * the same operations.
 */
@HttpExchange(accept = {"application/json", "application/problem+json"})
interface PortalHttp {

    String AUTH = HttpHeaders.AUTHORIZATION;
    String IDEMPOTENCY_KEY = "Idempotency-Key";

    @GetExchange("/me")
    @Nullable Me me(@RequestHeader(AUTH) String authorization);

    @GetExchange("/dashboard")
    @Nullable Dashboard dashboard(@RequestHeader(AUTH) String authorization);

    @GetExchange("/accounts")
    @Nullable List<AccountNode> accountTree(@RequestHeader(AUTH) String authorization);

    @GetExchange("/accounts/{accountId}")
    @Nullable Account account(@RequestHeader(AUTH) String authorization, @PathVariable("accountId") String accountId);

    @GetExchange("/services")
    @Nullable Page<ServiceSummary> services(
            @RequestHeader(AUTH) String authorization,
            @RequestParam(name = "status", required = false) @Nullable ServiceStatus status,
            @RequestParam(name = "accountId", required = false) @Nullable String accountId,
            @RequestParam(name = "includeSubAccounts", required = false) @Nullable Boolean includeSubAccounts,
            @RequestParam(name = "kind", required = false) @Nullable ServiceKind kind,
            @RequestParam(name = "q", required = false) @Nullable String text,
            @RequestParam(name = "phoneNumber", required = false) @Nullable String phoneNumber,
            @RequestParam(name = "sort", required = false) @Nullable String sort,
            @RequestParam("page") int page,
            @RequestParam("size") int size);

    @GetExchange("/services/{serviceId}")
    @Nullable ServiceDetail service(@RequestHeader(AUTH) String authorization, @PathVariable("serviceId") String serviceId);

    @GetExchange("/services/{serviceId}/topup-packages")
    @Nullable List<DataPackage> topUpPackages(@RequestHeader(AUTH) String authorization, @PathVariable("serviceId") String serviceId);

    @PostExchange(url = "/services/{serviceId}/topups", contentType = "application/json")
    @Nullable Order orderTopUp(
            @RequestHeader(AUTH) String authorization,
            @PathVariable("serviceId") String serviceId,
            @RequestHeader(IDEMPOTENCY_KEY) String idempotencyKey,
            @RequestBody TopUpRequest request);

    @GetExchange("/orders")
    @Nullable Page<Order> orders(
            @RequestHeader(AUTH) String authorization,
            @RequestParam("ongoing") boolean ongoing,
            @RequestParam(name = "accountId", required = false) @Nullable String accountId,
            @RequestParam("page") int page,
            @RequestParam("size") int size);

    @GetExchange("/orders/{orderId}")
    @Nullable Order order(@RequestHeader(AUTH) String authorization, @PathVariable("orderId") String orderId);

    @GetExchange("/invoices")
    @Nullable Page<Invoice> invoices(
            @RequestHeader(AUTH) String authorization,
            @RequestParam(name = "status", required = false) @Nullable InvoiceStatus status,
            @RequestParam(name = "accountId", required = false) @Nullable String accountId,
            @RequestParam(name = "number", required = false) @Nullable String number,
            @RequestParam("page") int page,
            @RequestParam("size") int size);

    @GetExchange("/invoices/{invoiceId}")
    @Nullable Invoice invoice(@RequestHeader(AUTH) String authorization, @PathVariable("invoiceId") String invoiceId);

    @GetExchange(url = "/invoices/{invoiceId}/pdf", accept = {"application/pdf", "application/problem+json"})
    ResponseEntity<byte[]> invoicePdf(@RequestHeader(AUTH) String authorization, @PathVariable("invoiceId") String invoiceId);

    @GetExchange("/tickets")
    @Nullable Page<Ticket> tickets(
            @RequestHeader(AUTH) String authorization,
            @RequestParam("ongoing") boolean ongoing,
            @RequestParam(name = "accountId", required = false) @Nullable String accountId,
            @RequestParam("page") int page,
            @RequestParam("size") int size);

    @GetExchange("/tickets/{ticketId}")
    @Nullable Ticket ticket(@RequestHeader(AUTH) String authorization, @PathVariable("ticketId") String ticketId);

    @PostExchange(url = "/tickets", contentType = "application/json")
    @Nullable Ticket createTicket(
            @RequestHeader(AUTH) String authorization,
            @RequestHeader(IDEMPOTENCY_KEY) String idempotencyKey,
            @RequestBody NewTicket ticket);

    @PostExchange(url = "/tickets/{ticketId}/messages", contentType = "application/json")
    Ticket.@Nullable Message replyToTicket(
            @RequestHeader(AUTH) String authorization,
            @PathVariable("ticketId") String ticketId,
            @RequestHeader(IDEMPOTENCY_KEY) String idempotencyKey,
            @RequestBody TicketReply reply);

    @GetExchange("/outages")
    @Nullable List<Outage> outages(
            @RequestHeader(AUTH) String authorization,
            @RequestParam(name = "status", required = false) Outage.@Nullable OutageStatus status,
            @RequestParam(name = "municipality", required = false) @Nullable String municipality,
            @RequestParam(name = "postcode", required = false) @Nullable String postcode,
            @RequestParam(name = "network", required = false) @Nullable Network network,
            @RequestParam(name = "kind", required = false) @Nullable OutageKind kind,
            @RequestParam(name = "recentDays", required = false) @Nullable Integer recentDays);

    @GetExchange("/outages/{outageId}")
    @Nullable Outage outage(@RequestHeader(AUTH) String authorization, @PathVariable("outageId") String outageId);

    @GetExchange("/outages/changes")
    @Nullable OutageChanges outageChanges(
            @RequestHeader(AUTH) String authorization,
            @RequestParam(name = "cursor", required = false) @Nullable String cursor);

    @GetExchange("/reports")
    @Nullable List<ReportDefinition> reports(@RequestHeader(AUTH) String authorization);

    @GetExchange("/reports/{kind}")
    @Nullable ReportPage report(
            @RequestHeader(AUTH) String authorization,
            @PathVariable("kind") ReportKind kind,
            @RequestParam(name = "cursor", required = false) @Nullable String cursor,
            @RequestParam(name = "size") int size);
}
