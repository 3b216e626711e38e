package se.connectbot.portal.client;

import java.util.EnumSet;
import java.util.List;
import org.jspecify.annotations.Nullable;
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
import se.connectbot.portal.client.PortalCache.Kind;

/**
 * Caches one user's answers under that user's {@code cacheKey}; writes forget what they make
 * stale. Not cached: PDFs and report slices (large, asked for once), writes.
 */
final class CachingUserPortal implements UserPortal {

    private static final String NONE = "";

    private final UserPortal delegate;
    private final PortalCache cache;
    private final String owner;

    CachingUserPortal(UserPortal delegate, PortalCache cache, String userCacheKey) {
        this.delegate = delegate;
        this.cache = cache;
        this.owner = "user:" + userCacheKey;
    }

    @Override
    public Me me() {
        return cache.get(owner, Kind.ME, NONE, delegate::me);
    }

    @Override
    public Dashboard dashboard() {
        return cache.get(owner, Kind.DASHBOARD, NONE, delegate::dashboard);
    }

    @Override
    public List<AccountNode> accountTree() {
        return cache.get(owner, Kind.ACCOUNT_TREE, NONE, delegate::accountTree);
    }

    @Override
    public Account account(String accountId) {
        return cache.get(owner, Kind.ACCOUNT, accountId, () -> delegate.account(accountId));
    }

    @Override
    public Page<ServiceSummary> services(ServiceQuery query) {
        return cache.get(owner, Kind.SERVICES, query, () -> delegate.services(query));
    }

    @Override
    public ServiceDetail service(String serviceId) {
        return cache.get(owner, Kind.SERVICE, serviceId, () -> delegate.service(serviceId));
    }

    @Override
    public List<DataPackage> topUpPackages(String serviceId) {
        return cache.get(owner, Kind.PACKAGES, serviceId, () -> delegate.topUpPackages(serviceId));
    }

    @Override
    public Order orderTopUp(String serviceId, TopUpRequest request, String idempotencyKey) {
        try {
            return delegate.orderTopUp(serviceId, request, idempotencyKey);
        } finally {
            // Also after a failure: a timed-out order may still have been placed.
            cache.forget(owner, EnumSet.of(Kind.ORDERS, Kind.DASHBOARD));
            cache.forget(owner, Kind.SERVICE, serviceId);
        }
    }

    @Override
    public Page<Order> orders(OrderQuery query) {
        return cache.get(owner, Kind.ORDERS, query, () -> delegate.orders(query));
    }

    @Override
    public Order order(String orderId) {
        return cache.get(owner, Kind.ORDER, orderId, () -> delegate.order(orderId));
    }

    @Override
    public Page<Invoice> invoices(InvoiceQuery query) {
        return cache.get(owner, Kind.INVOICES, query, () -> delegate.invoices(query));
    }

    @Override
    public Invoice invoice(String invoiceId) {
        return cache.get(owner, Kind.INVOICE, invoiceId, () -> delegate.invoice(invoiceId));
    }

    @Override
    public Document invoicePdf(String invoiceId) {
        return delegate.invoicePdf(invoiceId);
    }

    @Override
    public Page<Ticket> tickets(TicketQuery query) {
        return cache.get(owner, Kind.TICKETS, query, () -> delegate.tickets(query));
    }

    @Override
    public Ticket ticket(String ticketId) {
        return cache.get(owner, Kind.TICKET, ticketId, () -> delegate.ticket(ticketId));
    }

    @Override
    public Ticket createTicket(NewTicket ticket, String idempotencyKey) {
        try {
            return delegate.createTicket(ticket, idempotencyKey);
        } finally {
            cache.forget(owner, EnumSet.of(Kind.TICKETS, Kind.DASHBOARD));
        }
    }

    @Override
    public Ticket.Message replyToTicket(String ticketId, TicketReply reply, String idempotencyKey) {
        try {
            return delegate.replyToTicket(ticketId, reply, idempotencyKey);
        } finally {
            cache.forget(owner, EnumSet.of(Kind.TICKETS, Kind.DASHBOARD));
            cache.forget(owner, Kind.TICKET, ticketId);
        }
    }

    @Override
    public List<Outage> outages(OutageQuery query) {
        return cache.get(owner, Kind.OUTAGES, query, () -> delegate.outages(query));
    }

    @Override
    public List<ReportDefinition> reports() {
        return cache.get(owner, Kind.REPORTS, NONE, delegate::reports);
    }

    @Override
    public ReportPage report(ReportKind kind, @Nullable String cursor, int size) {
        return delegate.report(kind, cursor, size);
    }
}
