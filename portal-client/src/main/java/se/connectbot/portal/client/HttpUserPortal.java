package se.connectbot.portal.client;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import se.connectbot.portal.api.Account;
import se.connectbot.portal.api.AccountNode;
import se.connectbot.portal.api.Dashboard;
import se.connectbot.portal.api.DataPackage;
import se.connectbot.portal.api.Document;
import se.connectbot.portal.api.Invoice;
import se.connectbot.portal.api.InvoiceQuery;
import se.connectbot.portal.api.Me;
import se.connectbot.portal.api.NewTicket;
import se.connectbot.portal.api.Order;
import se.connectbot.portal.api.OrderQuery;
import se.connectbot.portal.api.Outage;
import se.connectbot.portal.api.OutageQuery;
import se.connectbot.portal.api.Page;
import se.connectbot.portal.api.PortalError;
import se.connectbot.portal.api.PortalException;
import se.connectbot.portal.api.ReportDefinition;
import se.connectbot.portal.api.ReportKind;
import se.connectbot.portal.api.ReportPage;
import se.connectbot.portal.api.ServiceDetail;
import se.connectbot.portal.api.ServiceQuery;
import se.connectbot.portal.api.ServiceSummary;
import se.connectbot.portal.api.Ticket;
import se.connectbot.portal.api.TicketQuery;
import se.connectbot.portal.api.TicketReply;
import se.connectbot.portal.api.TopUpRequest;
import se.connectbot.portal.api.UserPortal;

/** The user's portal over HTTP, with the user's token on every call; no caching, no retries. */
final class HttpUserPortal implements UserPortal {

    private final PortalHttp http;
    private final Authorized authorized;

    HttpUserPortal(PortalHttp http, Authorized authorized) {
        this.http = http;
        this.authorized = authorized;
    }

    @Override
    public Me me() {
        return authorized.call("me", http::me);
    }

    @Override
    public Dashboard dashboard() {
        return authorized.call("dashboard", http::dashboard);
    }

    @Override
    public List<AccountNode> accountTree() {
        return authorized.call("accountTree", http::accountTree);
    }

    @Override
    public Account account(String accountId) {
        return authorized.call("account", auth -> http.account(auth, accountId));
    }

    @Override
    public Page<ServiceSummary> services(ServiceQuery q) {
        // includeSubAccounts only means something with an account; leave it out otherwise.
        Boolean sub = q.accountId() == null ? null : q.includeSubAccounts();
        return authorized.call("services", auth -> http.services(auth, q.status(), q.accountId(), sub, q.kind(),
                q.text(), q.phoneNumber(), q.sort(), q.page(), q.size()));
    }

    @Override
    public ServiceDetail service(String serviceId) {
        return authorized.call("service", auth -> http.service(auth, serviceId));
    }

    @Override
    public List<DataPackage> topUpPackages(String serviceId) {
        return authorized.call("topUpPackages", auth -> http.topUpPackages(auth, serviceId));
    }

    @Override
    public Order orderTopUp(String serviceId, TopUpRequest request, String idempotencyKey) {
        String key = IdempotencyKeys.checked(idempotencyKey);
        return authorized.call("orderTopUp", auth -> http.orderTopUp(auth, serviceId, key, request));
    }

    @Override
    public Page<Order> orders(OrderQuery q) {
        return authorized.call("orders", auth -> http.orders(auth, q.ongoing(), q.accountId(), q.page(), q.size()));
    }

    @Override
    public Order order(String orderId) {
        return authorized.call("order", auth -> http.order(auth, orderId));
    }

    @Override
    public Page<Invoice> invoices(InvoiceQuery q) {
        return authorized.call("invoices",
                auth -> http.invoices(auth, q.status(), q.accountId(), q.number(), q.page(), q.size()));
    }

    @Override
    public Invoice invoice(String invoiceId) {
        return authorized.call("invoice", auth -> http.invoice(auth, invoiceId));
    }

    @Override
    public Document invoicePdf(String invoiceId) {
        ResponseEntity<byte[]> pdf = authorized.call("invoicePdf", auth -> http.invoicePdf(auth, invoiceId));
        byte[] content = pdf.getBody();
        if (content == null || content.length == 0) {
            throw new PortalException(PortalError.UNAVAILABLE, "invoicePdf: the portal answered with an empty body");
        }
        MediaType type = pdf.getHeaders().getContentType();
        return new Document(fileName(pdf.getHeaders(), invoiceId),
                type == null ? MediaType.APPLICATION_PDF_VALUE : type.toString(), content);
    }

    static String fileName(HttpHeaders headers, String invoiceId) {
        String value = headers.getFirst(HttpHeaders.CONTENT_DISPOSITION);
        if (value != null) {
            try {
                String name = ContentDisposition.parse(value).getFilename();
                if (name != null && !name.isBlank()) {
                    return baseName(name);
                }
            } catch (IllegalArgumentException unreadable) {
                // fall through to the default name
            }
        }
        return "faktura-" + invoiceId + ".pdf";
    }

    /** Only the last path segment: a file name from the wire must never name a folder. */
    private static String baseName(String name) {
        String base = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        return base.isBlank() ? "faktura.pdf" : base;
    }

    @Override
    public Page<Ticket> tickets(TicketQuery q) {
        return authorized.call("tickets", auth -> http.tickets(auth, q.ongoing(), q.accountId(), q.page(), q.size()));
    }

    @Override
    public Ticket ticket(String ticketId) {
        return authorized.call("ticket", auth -> http.ticket(auth, ticketId));
    }

    @Override
    public Ticket createTicket(NewTicket ticket, String idempotencyKey) {
        String key = IdempotencyKeys.checked(idempotencyKey);
        return authorized.call("createTicket", auth -> http.createTicket(auth, key, ticket));
    }

    @Override
    public Ticket.Message replyToTicket(String ticketId, TicketReply reply, String idempotencyKey) {
        String key = IdempotencyKeys.checked(idempotencyKey);
        return authorized.call("replyToTicket", auth -> http.replyToTicket(auth, ticketId, key, reply));
    }

    @Override
    public List<Outage> outages(OutageQuery q) {
        return authorized.call("outages", auth -> http.outages(auth, q.status(), q.municipality(), q.postcode(),
                q.network(), q.kind(), q.recentDays()));
    }

    @Override
    public List<ReportDefinition> reports() {
        return authorized.call("reports", http::reports);
    }

    @Override
    public ReportPage report(ReportKind kind, @Nullable String cursor, int size) {
        if (size < 1 || size > ReportPage.MAX_SIZE) {
            throw new IllegalArgumentException("report slice size " + size + " outside 1.." + ReportPage.MAX_SIZE);
        }
        return authorized.call("report", auth -> http.report(auth, kind, cursor, size));
    }
}
