package se.connectbot.coretesting;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import se.connectbot.portal.api.AccountNode;
import se.connectbot.portal.api.DataPackage;
import se.connectbot.portal.api.Invoice;
import se.connectbot.portal.api.InvoiceStatus;
import se.connectbot.portal.api.Me;
import se.connectbot.portal.api.Network;
import se.connectbot.portal.api.Order;
import se.connectbot.portal.api.Outage;
import se.connectbot.portal.api.OutageKind;
import se.connectbot.portal.api.Right;
import se.connectbot.portal.api.ServiceDetail;
import se.connectbot.portal.api.ServiceKind;
import se.connectbot.portal.api.ServiceStatus;
import se.connectbot.portal.api.ServiceSummary;
import se.connectbot.portal.api.Ticket;
import se.connectbot.portal.api.TicketCategory;
import se.connectbot.portal.api.TicketPriority;
import se.connectbot.portal.api.TicketStatus;
import se.connectbot.portal.api.UserType;

/**
 * The fake portal's small demo world, dated relative to {@code now}: three organisations, the
 * six demo users, an account tree per organisation, a few services of every kind, invoices,
 * tickets, orders and outages. Mutable lists, guarded by {@link FakePortal}'s lock.
 */
final class DemoWorld {

    static final Me.Organisation NORDKUST = new Me.Organisation("org-nordkust", "Nordkust Logistik AB", "556677-8899");
    static final Me.Organisation FJALLBYGG = new Me.Organisation("org-fjallbygg", "Fjällbygg Entreprenad AB", "559012-3456");
    static final Me.Organisation SOLVIK = new Me.Organisation("org-solvik", "Solvik Vård AB", "556123-4567");

    final Map<String, Me> users;
    final List<AccountNode> roots;
    final Map<String, String> organisationOfAccount;
    final List<ServiceDetail> services = new ArrayList<>();
    final List<Invoice> invoices = new ArrayList<>();
    final List<Ticket> tickets = new ArrayList<>();
    final List<Order> orders = new ArrayList<>();
    final List<Outage> outages = new ArrayList<>();
    final List<DataPackage> packages = List.of(
            new DataPackage("pkg-1", "1 GB", 1, new BigDecimal("49.00")),
            new DataPackage("pkg-5", "5 GB", 5, new BigDecimal("149.00")),
            new DataPackage("pkg-10", "10 GB", 10, new BigDecimal("1249.50")));

    DemoWorld(Instant now) {
        Set<Right> all = EnumSet.allOf(Right.class);
        Set<Right> noUsers = EnumSet.complementOf(EnumSet.of(Right.MANAGE_USERS));
        Set<Right> noInvoices = EnumSet.complementOf(EnumSet.of(Right.VIEW_INVOICES));
        Set<Right> readOnly = EnumSet.of(Right.VIEW_ACCOUNT_OVERVIEW, Right.VIEW_SERVICES, Right.VIEW_INVOICES, Right.VIEW_REPORTS);
        users = Map.of(
                DemoUsers.ANNA, me("u-anna", DemoUsers.ANNA, "Anna Lindqvist", UserType.ADMINISTRATOR, NORDKUST, "acc-n", all),
                DemoUsers.KARL, me("u-karl", DemoUsers.KARL, "Karl Berg", UserType.ACCOUNT_ADMINISTRATOR, NORDKUST, "acc-n-west", noUsers),
                DemoUsers.NINA, me("u-nina", DemoUsers.NINA, "Nina Ek", UserType.ADMINISTRATOR, NORDKUST, "acc-n", noInvoices),
                DemoUsers.LARS, me("u-lars", DemoUsers.LARS, "Lars Holm", UserType.ADMINISTRATOR, NORDKUST, "acc-n", readOnly),
                DemoUsers.ERIK, me("u-erik", DemoUsers.ERIK, "Erik Sandberg", UserType.ADMINISTRATOR, FJALLBYGG, "acc-f", all),
                DemoUsers.SOFIA, me("u-sofia", DemoUsers.SOFIA, "Sofia Nyström", UserType.ADMINISTRATOR, SOLVIK, "acc-s", all));
        AccountNode gbg = node("acc-n-gbg", "Göteborg");
        AccountNode west = new AccountNode("acc-n-west", "Nordkust Logistik Väst AB", "Region Väst", List.of(gbg));
        AccountNode east = node("acc-n-east", "Region Öst");
        roots = List.of(new AccountNode("acc-n", NORDKUST.name(), null, List.of(west, east)),
                node("acc-f", FJALLBYGG.name()), node("acc-s", SOLVIK.name()));
        organisationOfAccount = Map.of("acc-n", NORDKUST.id(), "acc-n-west", NORDKUST.id(), "acc-n-gbg", NORDKUST.id(),
                "acc-n-east", NORDKUST.id(), "acc-f", FJALLBYGG.id(), "acc-s", SOLVIK.id());
        LocalDate today = LocalDate.ofInstant(now, ZoneId.of("Europe/Stockholm"));
        services(now, today);
        invoices(today);
        tickets(now);
        orders(now, today);
        outages(now);
    }

    private void services(Instant now, LocalDate today) {
        services.add(mobile("svc-m1", "Mobil Bas 10 GB", "acc-n-gbg", "Göteborg", "+46701234567", "Karin Ahl", 7373, 10240L, today));
        services.add(mobile("svc-m2", "Mobil Bas 10 GB", "acc-n-west", "Region Väst", "+46701234568", "Olle Strand", 1024, 10240L, today));
        services.add(mobile("svc-m3", "Mobil Obegränsad", "acc-n-east", "Region Öst", "+46702345678", "Berit Lund", 30720, null, today));
        services.add(broadband("svc-b1", "Bredband 100/100", "acc-n-gbg", "Göteborg", "Lagergatan 5, 411 01 Göteborg",
                new ServiceDetail.Monitoring(ServiceDetail.MonitoringState.UP, now.minusSeconds(60), now.minusSeconds(86_400 * 3)), today));
        services.add(broadband("svc-b2", "Bredband 1000/1000", "acc-n-east", "Region Öst", "Hamnvägen 2, 602 10 Norrköping",
                new ServiceDetail.Monitoring(ServiceDetail.MonitoringState.DOWN, now.minusSeconds(1800), now.minusSeconds(1700)), today));
        services.add(new ServiceDetail(summary("svc-c1", ServiceKind.CLOUD_PBX, "Molnväxel Nordkust", "acc-n", NORDKUST.name(),
                "+4686001000", null, today), null, null, new ServiceDetail.CloudPbx("+4686001000", List.of("+4686001001", "+4686001002")), null));
        services.add(mobile("svc-m4", "Mobil Bas 5 GB", "acc-f", FJALLBYGG.name(), "+46703456789", "Jonas Berg", 512, 5120L, today));
        services.add(broadband("svc-b3", "Bredband 250/250", "acc-f", FJALLBYGG.name(), "Fjällvägen 1, 831 30 Östersund", null, today));
        services.add(mobile("svc-m5", "Mobil Bas 10 GB", "acc-s", SOLVIK.name(), "+46704567890", "Maria Svensson", 2048, 10240L, today));
        services.add(new ServiceDetail(summary("svc-t1", ServiceKind.SIP_TRUNK, "SIP-trunk Solvik", "acc-s", SOLVIK.name(),
                "+46101234500", null, today), null, null, null, new ServiceDetail.SipTrunk("+46101234500", 10, List.of("+46101234501"))));
    }

    private void invoices(LocalDate today) {
        invoices.add(invoice("inv-1", "5001001", "acc-n", NORDKUST.name(), today.minusDays(40), InvoiceStatus.PAID, "1000.00"));
        invoices.add(invoice("inv-2", "5001002", "acc-n-gbg", "Göteborg", today.minusDays(10), InvoiceStatus.UNPAID, "987.60"));
        invoices.add(invoice("inv-3", "5001003", "acc-n-east", "Region Öst", today.minusDays(45), InvoiceStatus.OVERDUE, "1234.50"));
        invoices.add(invoice("inv-4", "5002001", "acc-f", FJALLBYGG.name(), today.minusDays(12), InvoiceStatus.UNPAID, "2400.00"));
        invoices.add(invoice("inv-5", "5003001", "acc-s", SOLVIK.name(), today.minusDays(12), InvoiceStatus.PAID, "800.00"));
        for (int i = 0; i < 14; i++) {
            invoices.add(invoice("inv-h" + i, "49990" + String.format("%02d", i), "acc-n-west", "Region Väst",
                    today.minusDays(70L + 30L * i), InvoiceStatus.PAID, "450.00"));
        }
    }

    private void tickets(Instant now) {
        tickets.add(new Ticket("tck-1", "ARD-2026-000041", TicketCategory.SUPPORT, TicketPriority.HIGH, TicketStatus.IN_PROGRESS,
                "Bredbandet i Norrköping nere", "acc-n-east", "svc-b2", now.minusSeconds(7200), now.minusSeconds(3600), DemoUsers.ANNA,
                List.of(new Ticket.Message("msg-1", "Anna Lindqvist", false, "Ingen förbindelse sedan i morse.", now.minusSeconds(7200)),
                        new Ticket.Message("msg-2", "Kundtjänst", true, "Vi felsöker och återkommer.", now.minusSeconds(3600)))));
        tickets.add(new Ticket("tck-2", "ARD-2026-000042", TicketCategory.INVOICE, null, TicketStatus.OPEN, "Fråga om faktura 5001002",
                "acc-n-gbg", null, now.minusSeconds(86_400), now.minusSeconds(86_400), DemoUsers.KARL,
                List.of(new Ticket.Message("msg-3", "Karl Berg", false, "Varför är beloppet högre denna månad?", now.minusSeconds(86_400)))));
        tickets.add(new Ticket("tck-3", "ARD-2026-000030", TicketCategory.OTHER, null, TicketStatus.CLOSED, "Gammal fråga",
                "acc-n", null, now.minusSeconds(86_400 * 30), now.minusSeconds(86_400 * 20), DemoUsers.ANNA, List.of()));
        tickets.add(new Ticket("tck-4", "ARD-2026-000050", TicketCategory.ORDER, null, TicketStatus.OPEN, "Ny anslutning",
                "acc-f", null, now.minusSeconds(86_400 * 2), now.minusSeconds(86_400 * 2), DemoUsers.ERIK, List.of()));
    }

    private void orders(Instant now, LocalDate today) {
        orders.add(new Order("ord-1", "ORD-2026-000100", Order.OrderKind.NEW_SERVICE, Order.OrderStatus.IN_PROGRESS, "acc-n-gbg", null,
                "Ny mobilabonnemang x2", new BigDecimal("0.00"), now.minusSeconds(86_400 * 3), today.plusDays(4), DemoUsers.ANNA));
        orders.add(new Order("ord-2", "ORD-2026-000099", Order.OrderKind.CHANGE_SERVICE, Order.OrderStatus.COMPLETED, "acc-n-east", "svc-b2",
                "Uppgradering bredband", new BigDecimal("0.00"), now.minusSeconds(86_400 * 20), today.minusDays(10), DemoUsers.ANNA));
        orders.add(new Order("ord-3", "ORD-2026-000101", Order.OrderKind.NEW_SERVICE, Order.OrderStatus.RECEIVED, "acc-f", null,
                "Bredband till bodarna", new BigDecimal("0.00"), now.minusSeconds(86_400), today.plusDays(14), DemoUsers.ERIK));
    }

    private void outages(Instant now) {
        outages.add(outage("out-1", "Fiberavbrott Göteborg centrum", OutageKind.FIXED, List.of(), Outage.Severity.MAJOR,
                List.of("Göteborg"), List.of("411 01", "411 02"), now.minusSeconds(5400), now.minusSeconds(1800), now));
        outages.add(outage("out-2", "Störning 4G Stockholm", OutageKind.MOBILE, List.of(Network.G4), Outage.Severity.MINOR,
                List.of("Stockholm"), List.of(), now.minusSeconds(3600), now.plusSeconds(7200), now));
        outages.add(outage("out-3", "Basstation ur drift Östersund", OutageKind.MOBILE, List.of(Network.G4, Network.G5),
                Outage.Severity.CRITICAL, List.of("Östersund"), List.of(), now.minusSeconds(600), null, now));
    }

    private static Me me(String id, String username, String name, UserType type, Me.Organisation org, String scope, Set<Right> rights) {
        return new Me(id, username, name, type, org, scope, rights);
    }

    private static AccountNode node(String id, String name) {
        return new AccountNode(id, name, null, List.of());
    }

    private static ServiceSummary summary(String id, ServiceKind kind, String name, String account, String accountName,
            String phone, String address, LocalDate today) {
        return new ServiceSummary(id, kind, name, ServiceStatus.ACTIVE, account, accountName, phone, address,
                new BigDecimal("199.00"), today.minusYears(1));
    }

    private static ServiceDetail mobile(String id, String name, String account, String accountName, String phone, String user,
            long usedMb, Long allowanceMb, LocalDate today) {
        ServiceDetail.Usage usage = new ServiceDetail.Usage(usedMb, allowanceMb, 312, 41, 2);
        ServiceDetail.Mobile mobile = new ServiceDetail.Mobile(phone, user, name, "8946000000000000001", usage,
                List.of(new ServiceDetail.MonthlyUsage(YearMonth.from(today), usedMb)), List.of(), List.of());
        return new ServiceDetail(summary(id, ServiceKind.MOBILE, name, account, accountName, phone, null, today), null, mobile, null, null);
    }

    private static ServiceDetail broadband(String id, String name, String account, String accountName, String address,
            ServiceDetail.Monitoring monitoring, LocalDate today) {
        return new ServiceDetail(summary(id, ServiceKind.BROADBAND, name, account, accountName, null, address, today),
                new ServiceDetail.Broadband("Fiber", 100, 100, monitoring), null, null, null);
    }

    private static Invoice invoice(String id, String number, String account, String accountName, LocalDate issued,
            InvoiceStatus status, String total) {
        BigDecimal sum = new BigDecimal(total);
        BigDecimal excl = sum.divide(new BigDecimal("1.25"), 2, java.math.RoundingMode.HALF_UP);
        return new Invoice(id, number, account, accountName, issued, issued.plusDays(30), java.time.YearMonth.from(issued).toString(),
                excl, sum.subtract(excl), sum, status, "7" + number, status == InvoiceStatus.PAID ? issued.plusDays(20) : null,
                List.of(new Invoice.Line("Månadsavgift", null, BigDecimal.ONE, excl, excl)));
    }

    private static Outage outage(String id, String title, OutageKind kind, List<Network> networks, Outage.Severity severity,
            List<String> municipalities, List<String> postcodes, Instant started, @Nullable Instant expectedEnd, Instant now) {
        return new Outage(id, title, title + ".", kind, networks, severity, municipalities, postcodes, started, expectedEnd, null,
                Outage.OutageStatus.ACTIVE, List.of(), now, 1);
    }
}
