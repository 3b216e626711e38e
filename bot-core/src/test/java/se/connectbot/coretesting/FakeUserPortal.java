package se.connectbot.coretesting;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import se.connectbot.portal.api.Account;
import se.connectbot.portal.api.AccountNode;
import se.connectbot.portal.api.Address;
import se.connectbot.portal.api.Dashboard;
import se.connectbot.portal.api.DataPackage;
import se.connectbot.portal.api.Document;
import se.connectbot.portal.api.Invoice;
import se.connectbot.portal.api.InvoiceQuery;
import se.connectbot.portal.api.InvoiceStatus;
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
import se.connectbot.portal.api.Right;
import se.connectbot.portal.api.ServiceDetail;
import se.connectbot.portal.api.ServiceKind;
import se.connectbot.portal.api.ServiceQuery;
import se.connectbot.portal.api.ServiceStatus;
import se.connectbot.portal.api.Ticket;
import se.connectbot.portal.api.TicketQuery;
import se.connectbot.portal.api.TicketReply;
import se.connectbot.portal.api.TicketStatus;
import se.connectbot.portal.api.TopUpRequest;
import se.connectbot.portal.api.UserPortal;

/** One user's view of the {@link FakePortal}: their scope (an account branch) and their rights. */
final class FakeUserPortal implements UserPortal {

    private final FakePortal portal;
    private final Supplier<Me> identity;

    FakeUserPortal(FakePortal portal, Supplier<Me> identity) {
        this.portal = portal;
        this.identity = identity;
    }

    @Override
    public Me me() {
        return identity.get();
    }

    @Override
    public Dashboard dashboard() {
        Me me = require(Right.VIEW_ACCOUNT_OVERVIEW);
        DemoWorld w = portal.world();
        synchronized (w) {
            Set<String> scope = scope(me);
            return new Dashboard(
                    (int) w.services.stream().filter(s -> scope.contains(s.summary().accountId())).count(),
                    (int) w.orders.stream().filter(o -> scope.contains(o.accountId()) && o.status().ongoing()).count(),
                    me.has(Right.HANDLE_TICKETS) ? (int) w.tickets.stream().filter(t -> scope.contains(t.accountId()) && t.status().ongoing()).count() : 0,
                    me.has(Right.VIEW_INVOICES) ? (int) w.invoices.stream().filter(i -> scope.contains(i.accountId()) && i.status() != InvoiceStatus.PAID).count() : 0);
        }
    }

    @Override
    public List<AccountNode> accountTree() {
        Me me = require(Right.VIEW_ACCOUNT_OVERVIEW);
        return List.of(FakeQueries.find(portal.world().roots, me.scopeAccountId()));
    }

    @Override
    public Account account(String accountId) {
        Me me = require(Right.VIEW_ACCOUNT_OVERVIEW);
        if (!scope(me).contains(accountId)) {
            throw FakeQueries.notFound(accountId);
        }
        AccountNode node = FakeQueries.find(portal.world().roots, accountId);
        return new Account(accountId, null, "556677-8899", node.name(), null, null, new Address(null, "Hamngatan 1", "411 01", "Göteborg"),
                new Account.InvoiceAddress(node.name(), "Box", "1", "411 01", "Göteborg"), List.of());
    }

    @Override
    public Page<se.connectbot.portal.api.ServiceSummary> services(ServiceQuery query) {
        Me me = require(Right.VIEW_SERVICES);
        Set<String> scope = scope(me);
        DemoWorld w = portal.world();
        synchronized (w) {
            return FakeQueries.page(w.services.stream().map(ServiceDetail::summary)
                    .filter(s -> scope.contains(s.accountId()))
                    .filter(s -> s.status() == (query.status() == null ? ServiceStatus.ACTIVE : query.status()))
                    .filter(s -> query.kind() == null || s.kind() == query.kind())
                    .filter(s -> query.phoneNumber() == null || query.phoneNumber().equals(s.phoneNumber()))
                    .filter(s -> query.text() == null || FakeQueries.matches(query.text(), s.name(), s.id(), s.phoneNumber(), s.address()))
                    .sorted(Comparator.comparing(se.connectbot.portal.api.ServiceSummary::name)), query.page(), query.size());
        }
    }

    @Override
    public ServiceDetail service(String serviceId) {
        Me me = require(Right.VIEW_SERVICES);
        return detail(me, serviceId);
    }

    @Override
    public List<DataPackage> topUpPackages(String serviceId) {
        Me me = require(Right.ORDER_SERVICES);
        ServiceDetail detail = detail(me, serviceId);
        if (detail.summary().kind() != ServiceKind.MOBILE) {
            throw new PortalException(PortalError.CONFLICT, "not a mobile service");
        }
        return portal.world().packages;
    }

    @Override
    public Order orderTopUp(String serviceId, TopUpRequest request, String idempotencyKey) {
        Me me = require(Right.ORDER_SERVICES);
        DataPackage chosen = topUpPackages(serviceId).stream().filter(p -> p.id().equals(request.packageId())).findFirst()
                .orElseThrow(() -> new PortalException(PortalError.INVALID_INPUT, "unknown package", null, "packageId", null, null));
        return portal.once(idempotencyKey, List.of(serviceId, request), () -> {
            DemoWorld w = portal.world();
            synchronized (w) {
                Order order = new Order("ord-" + (w.orders.size() + 100), String.format("ORD-2026-%06d", 200 + w.orders.size()),
                        Order.OrderKind.TOP_UP, Order.OrderStatus.RECEIVED, detail(me, serviceId).summary().accountId(), serviceId,
                        "Påfyllning " + chosen.name(), chosen.price(), portal.clock().instant(),
                        java.time.LocalDate.ofInstant(portal.clock().instant(), java.time.ZoneId.of("Europe/Stockholm")), me.username());
                w.orders.add(0, order);
                return order;
            }
        });
    }

    @Override
    public Page<Order> orders(OrderQuery query) {
        Me me = require(Right.VIEW_SERVICES);
        Set<String> scope = scope(me);
        DemoWorld w = portal.world();
        synchronized (w) {
            return FakeQueries.page(w.orders.stream().filter(o -> scope.contains(o.accountId()))
                    .filter(o -> !query.ongoing() || o.status().ongoing()), query.page(), query.size());
        }
    }

    @Override
    public Order order(String orderId) {
        return orders(new OrderQuery(false, null, 0, 100)).items().stream().filter(o -> o.id().equals(orderId)).findFirst()
                .orElseThrow(() -> FakeQueries.notFound(orderId));
    }

    @Override
    public Page<Invoice> invoices(InvoiceQuery query) {
        Me me = require(Right.VIEW_INVOICES);
        Set<String> scope = scope(me);
        DemoWorld w = portal.world();
        synchronized (w) {
            return FakeQueries.page(w.invoices.stream().filter(i -> scope.contains(i.accountId()))
                    .filter(i -> query.status() == null || i.status() == query.status())
                    .filter(i -> query.number() == null || i.number().equals(query.number()))
                    .sorted(Comparator.comparing(Invoice::issueDate).reversed()), query.page(), query.size());
        }
    }

    @Override
    public Invoice invoice(String invoiceId) {
        Me me = require(Right.VIEW_INVOICES);
        return portal.world().invoices.stream().filter(i -> i.id().equals(invoiceId) && scope(me).contains(i.accountId()))
                .findFirst().orElseThrow(() -> FakeQueries.notFound(invoiceId));
    }

    @Override
    public Document invoicePdf(String invoiceId) {
        Invoice invoice = invoice(invoiceId);
        byte[] pdf = ("%PDF-1.4\n% faktura " + invoice.number() + "\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);
        return new Document("faktura-" + invoice.number() + ".pdf", "application/pdf", pdf);
    }

    @Override
    public Page<Ticket> tickets(TicketQuery query) {
        Me me = require(Right.HANDLE_TICKETS);
        Set<String> scope = scope(me);
        DemoWorld w = portal.world();
        synchronized (w) {
            return FakeQueries.page(w.tickets.stream().filter(t -> scope.contains(t.accountId()))
                    .filter(t -> !query.ongoing() || t.status().ongoing())
                    .map(t -> FakeQueries.withMessages(t, List.of())), query.page(), query.size());
        }
    }

    @Override
    public Ticket ticket(String ticketId) {
        Me me = require(Right.HANDLE_TICKETS);
        DemoWorld w = portal.world();
        synchronized (w) {
            return w.tickets.stream().filter(t -> t.id().equals(ticketId) && scope(me).contains(t.accountId()))
                    .findFirst().orElseThrow(() -> FakeQueries.notFound(ticketId));
        }
    }

    @Override
    public Ticket createTicket(NewTicket ticket, String idempotencyKey) {
        Me me = require(Right.HANDLE_TICKETS);
        if (ticket.category().takesPriority() != (ticket.priority() != null)) {
            throw new PortalException(PortalError.INVALID_INPUT, "priority", null, "priority", null, null);
        }
        String account = ticket.serviceId() == null ? me.scopeAccountId() : detail(me, ticket.serviceId()).summary().accountId();
        return portal.once(idempotencyKey, ticket, () -> {
            DemoWorld w = portal.world();
            synchronized (w) {
                var now = portal.clock().instant();
                Ticket created = new Ticket("tck-" + (w.tickets.size() + 100), String.format("ARD-2026-%06d", 100 + w.tickets.size()),
                        ticket.category(), ticket.priority(), TicketStatus.OPEN, ticket.title(), account, ticket.serviceId(), now, now,
                        me.username(), List.of(new Ticket.Message("msg-" + w.tickets.size() + 100, me.name(), false, ticket.message(), now)));
                w.tickets.add(0, created);
                return created;
            }
        });
    }

    @Override
    public Ticket.Message replyToTicket(String ticketId, TicketReply reply, String idempotencyKey) {
        Me me = require(Right.HANDLE_TICKETS);
        Ticket ticket = ticket(ticketId);
        return portal.once(idempotencyKey, List.of(ticketId, reply), () -> {
            DemoWorld w = portal.world();
            synchronized (w) {
                Ticket.Message message = new Ticket.Message("msg-r" + ticket.messages().size() + "-" + ticketId, me.name(), false,
                        reply.message(), portal.clock().instant());
                List<Ticket.Message> thread = new ArrayList<>(ticket.messages());
                thread.add(message);
                w.tickets.replaceAll(t -> t.id().equals(ticketId) ? FakeQueries.withMessages(t, thread) : t);
                return message;
            }
        });
    }

    @Override
    public List<Outage> outages(OutageQuery query) {
        identity.get();
        portal.answerSlowly();
        portal.failIfFaulty();
        return FakeQueries.outages(portal.world().outages, query);
    }

    /**
     * The services report only, one row per slice whatever size is asked for (the contract lets the
     * portal send fewer), so that a test can fail the portal midway with {@code failAfter}.
     */
    @Override
    public List<ReportDefinition> reports() {
        Me me = require(Right.VIEW_REPORTS);
        return me.has(Right.VIEW_SERVICES) ? List.of(SERVICES_REPORT) : List.of();
    }

    @Override
    public ReportPage report(ReportKind kind, String cursor, int size) {
        portal.askedForReportSlice(size);
        Me me = require(Right.VIEW_REPORTS);
        if (kind != ReportKind.SERVICES || !me.has(Right.VIEW_SERVICES)) {
            throw new PortalException(PortalError.FORBIDDEN, "missing the data right of " + kind, Right.VIEW_SERVICES, null, null, null);
        }
        Set<String> scope = scope(me);
        List<List<String>> rows;
        synchronized (portal.world()) {
            rows = portal.world().services.stream().map(ServiceDetail::summary).filter(s -> scope.contains(s.accountId()))
                    .map(s -> List.of(s.id(), s.name(), s.accountName(), s.monthlyPrice().toPlainString())).toList();
        }
        int at = cursor == null ? 0 : Integer.parseInt(cursor);
        return new ReportPage(kind, SERVICES_REPORT.columns(), rows.subList(at, Math.min(at + 1, rows.size())),
                at + 1 < rows.size() ? Integer.toString(at + 1) : null);
    }

    private static final ReportDefinition SERVICES_REPORT = new ReportDefinition(ReportKind.SERVICES, "Tjänster", List.of(
            new ReportDefinition.Column("id", "Tjänste-ID", ReportDefinition.ColumnType.TEXT),
            new ReportDefinition.Column("name", "Tjänst", ReportDefinition.ColumnType.TEXT),
            new ReportDefinition.Column("accountName", "Konto", ReportDefinition.ColumnType.TEXT),
            new ReportDefinition.Column("monthlyPrice", "Månadsavgift exkl. moms", ReportDefinition.ColumnType.MONEY)));

    private Me require(Right right) {
        Me me = identity.get();
        portal.answerSlowly();
        portal.failIfFaulty();
        if (!me.has(right)) {
            throw new PortalException(PortalError.FORBIDDEN, "missing " + right, right, null, null, null);
        }
        return me;
    }

    private ServiceDetail detail(Me me, String serviceId) {
        return portal.world().services.stream()
                .filter(s -> s.summary().id().equals(serviceId) && scope(me).contains(s.summary().accountId()))
                .findFirst().orElseThrow(() -> FakeQueries.notFound(serviceId));
    }

    private Set<String> scope(Me me) {
        Set<String> ids = new HashSet<>();
        FakeQueries.collect(FakeQueries.find(portal.world().roots, me.scopeAccountId()), ids);
        return ids;
    }
}
