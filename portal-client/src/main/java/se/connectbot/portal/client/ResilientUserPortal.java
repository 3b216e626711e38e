package se.connectbot.portal.client;

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

/** Retries and circuit breaking around a user's portal; every write here carries an Idempotency-Key. */
final class ResilientUserPortal implements UserPortal {

    private final UserPortal delegate;
    private final Resilience resilience;

    ResilientUserPortal(UserPortal delegate, Resilience resilience) {
        this.delegate = delegate;
        this.resilience = resilience;
    }

    @Override
    public Me me() {
        return resilience.retriable(delegate::me);
    }

    @Override
    public Dashboard dashboard() {
        return resilience.retriable(delegate::dashboard);
    }

    @Override
    public List<AccountNode> accountTree() {
        return resilience.retriable(delegate::accountTree);
    }

    @Override
    public Account account(String accountId) {
        return resilience.retriable(() -> delegate.account(accountId));
    }

    @Override
    public Page<ServiceSummary> services(ServiceQuery query) {
        return resilience.retriable(() -> delegate.services(query));
    }

    @Override
    public ServiceDetail service(String serviceId) {
        return resilience.retriable(() -> delegate.service(serviceId));
    }

    @Override
    public List<DataPackage> topUpPackages(String serviceId) {
        return resilience.retriable(() -> delegate.topUpPackages(serviceId));
    }

    @Override
    public Order orderTopUp(String serviceId, TopUpRequest request, String idempotencyKey) {
        return resilience.retriable(() -> delegate.orderTopUp(serviceId, request, idempotencyKey));
    }

    @Override
    public Page<Order> orders(OrderQuery query) {
        return resilience.retriable(() -> delegate.orders(query));
    }

    @Override
    public Order order(String orderId) {
        return resilience.retriable(() -> delegate.order(orderId));
    }

    @Override
    public Page<Invoice> invoices(InvoiceQuery query) {
        return resilience.retriable(() -> delegate.invoices(query));
    }

    @Override
    public Invoice invoice(String invoiceId) {
        return resilience.retriable(() -> delegate.invoice(invoiceId));
    }

    @Override
    public Document invoicePdf(String invoiceId) {
        return resilience.retriable(() -> delegate.invoicePdf(invoiceId));
    }

    @Override
    public Page<Ticket> tickets(TicketQuery query) {
        return resilience.retriable(() -> delegate.tickets(query));
    }

    @Override
    public Ticket ticket(String ticketId) {
        return resilience.retriable(() -> delegate.ticket(ticketId));
    }

    @Override
    public Ticket createTicket(NewTicket ticket, String idempotencyKey) {
        return resilience.retriable(() -> delegate.createTicket(ticket, idempotencyKey));
    }

    @Override
    public Ticket.Message replyToTicket(String ticketId, TicketReply reply, String idempotencyKey) {
        return resilience.retriable(() -> delegate.replyToTicket(ticketId, reply, idempotencyKey));
    }

    @Override
    public List<Outage> outages(OutageQuery query) {
        return resilience.retriable(() -> delegate.outages(query));
    }

    @Override
    public List<ReportDefinition> reports() {
        return resilience.retriable(delegate::reports);
    }

    @Override
    public ReportPage report(ReportKind kind, @Nullable String cursor, int size) {
        return resilience.retriable(() -> delegate.report(kind, cursor, size));
    }
}
