package se.connectbot.portal.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.List;

/**
 * Realistic sample values of every contract record, consistent with each other (Nordkust
 * Logistik AB, its Region Väst branch, a mobile subscription with top-ups). Shared through the
 * test-jar for tests that need portal data without a portal.
 */
public final class PortalSamples {

    public static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");

    private PortalSamples() {
    }

    public static Me anna() {
        return new Me("u-anna", "anna.admin@nordkust.se", "Anna Lindqvist", UserType.ADMINISTRATOR,
                new Me.Organisation("org-nordkust", "Nordkust Logistik AB", "556677-8899"), "acc-nordkust",
                EnumSet.allOf(Right.class));
    }

    public static Me karl() {
        EnumSet<Right> rights = EnumSet.allOf(Right.class);
        rights.remove(Right.MANAGE_USERS);
        return new Me("u-karl", "karl.konto@nordkust.se", "Karl Berg", UserType.ACCOUNT_ADMINISTRATOR,
                new Me.Organisation("org-nordkust", "Nordkust Logistik AB", "556677-8899"), "acc-vast", rights);
    }

    public static Dashboard dashboard() {
        return new Dashboard(112, 3, 5, 2);
    }

    public static List<AccountNode> accountTree() {
        return List.of(new AccountNode("acc-nordkust", "Nordkust Logistik AB", null, List.of(
                new AccountNode("acc-vast", "Nordkust Logistik AB", "Region Väst", List.of(
                        new AccountNode("acc-gbg", "Nordkust Logistik AB", "Göteborg hamn", List.of()))),
                new AccountNode("acc-ost", "Nordkust Logistik AB", "Region Öst", List.of()))));
    }

    public static Account account() {
        return new Account("acc-vast", "acc-nordkust", "556677-8899", "Nordkust Logistik AB", "Region Väst", "Kst 4100",
                new Address(null, "Hamngatan 12", "411 05", "Göteborg"),
                new Account.InvoiceAddress("Nordkust Logistik AB", "Box", "1234", "411 05", "Göteborg"),
                List.of(new Account.Contact("Karl Berg", null, "+46701112233", "karl.konto@nordkust.se")));
    }

    public static ServiceSummary mobileSummary() {
        return new ServiceSummary("svc-m-1001", ServiceKind.MOBILE, "Mobil Företag 20 GB", ServiceStatus.ACTIVE,
                "acc-vast", "Region Väst", "+46701234567", null, new BigDecimal("299.00"), LocalDate.parse("2024-03-01"));
    }

    public static ServiceSummary broadbandSummary() {
        return new ServiceSummary("svc-b-2001", ServiceKind.BROADBAND, "Fiber 1000/1000", ServiceStatus.ACTIVE,
                "acc-gbg", "Göteborg hamn", null, "Hamngatan 12, 411 05 Göteborg", new BigDecimal("1495.00"),
                LocalDate.parse("2022-09-15"));
    }

    public static Page<ServiceSummary> servicePage() {
        return new Page<>(List.of(mobileSummary(), broadbandSummary()), 0, 20, 2, 1);
    }

    public static ServiceDetail mobileDetail() {
        return new ServiceDetail(mobileSummary(), null, new ServiceDetail.Mobile("+46701234567", "Lisa Andersson",
                "Mobil Företag 20 GB", "89460100001234567890",
                new ServiceDetail.Usage(18_432, 25_600L, 312, 41, 2),
                List.of(new ServiceDetail.MonthlyUsage(YearMonth.parse("2026-09"), 17_100),
                        new ServiceDetail.MonthlyUsage(YearMonth.parse("2026-10"), 21_020),
                        new ServiceDetail.MonthlyUsage(YearMonth.parse("2026-11"), 18_432)),
                List.of("Utlandspaket EU"), List.of()), null, null);
    }

    public static ServiceDetail broadbandDetail() {
        return new ServiceDetail(broadbandSummary(), new ServiceDetail.Broadband("Fiber", 1000, 1000,
                new ServiceDetail.Monitoring(ServiceDetail.MonitoringState.UP, NOW.minusSeconds(60),
                        Instant.parse("2026-11-20T06:12:00Z"))), null, null, null);
    }

    public static ServiceDetail cloudPbxDetail() {
        ServiceSummary summary = new ServiceSummary("svc-p-3001", ServiceKind.CLOUD_PBX, "Molnväxel Bas", ServiceStatus.ACTIVE,
                "acc-nordkust", "Nordkust Logistik AB", "+46313001000", null, new BigDecimal("990.00"), LocalDate.parse("2023-01-01"));
        return new ServiceDetail(summary, null, null,
                new ServiceDetail.CloudPbx("+46313001000", List.of("+46313001001", "+46313001002")), null);
    }

    public static ServiceDetail sipTrunkDetail() {
        ServiceSummary summary = new ServiceSummary("svc-s-4001", ServiceKind.SIP_TRUNK, "SIP-trunk 10", ServiceStatus.ACTIVE,
                "acc-nordkust", "Nordkust Logistik AB", "+46313002000", null, new BigDecimal("1200.00"), LocalDate.parse("2021-05-01"));
        return new ServiceDetail(summary, null, null, null,
                new ServiceDetail.SipTrunk("+46313002000", 10, List.of("+46313002001", "+46313002002")));
    }

    public static List<DataPackage> packages() {
        return List.of(new DataPackage("pkg-1", "Extra 1 GB", 1, new BigDecimal("49.00")),
                new DataPackage("pkg-5", "Extra 5 GB", 5, new BigDecimal("149.00")));
    }

    public static Order topUpOrder() {
        return new Order("ord-9001", "ORD-2026-000123", Order.OrderKind.TOP_UP, Order.OrderStatus.RECEIVED, "acc-vast",
                "svc-m-1001", "Extra 5 GB till +46701234567", new BigDecimal("149.00"), NOW,
                LocalDate.parse("2026-11-25"), "Anna Lindqvist");
    }

    public static Page<Order> orderPage() {
        Order newService = new Order("ord-8001", "ORD-2026-000099", Order.OrderKind.NEW_SERVICE, Order.OrderStatus.IN_PROGRESS,
                "acc-gbg", null, "Ny fiberanslutning", new BigDecimal("4995.00"), NOW.minusSeconds(86_400 * 3), null, "Karl Berg");
        return new Page<>(List.of(topUpOrder(), newService), 0, 20, 2, 1);
    }

    public static Invoice invoice() {
        return new Invoice("inv-7001", "7001234567", "acc-vast", "Region Väst", LocalDate.parse("2026-11-01"),
                LocalDate.parse("2026-11-30"), "2026-10", new BigDecimal("1794.00"), new BigDecimal("448.50"),
                new BigDecimal("2242.50"), InvoiceStatus.UNPAID, "70012345678", null,
                List.of(new Invoice.Line("Mobil Företag 20 GB", "svc-m-1001", new BigDecimal("1"), new BigDecimal("299.00"),
                        new BigDecimal("299.00")),
                        new Invoice.Line("Fiber 1000/1000", "svc-b-2001", new BigDecimal("1"), new BigDecimal("1495.00"),
                                new BigDecimal("1495.00"))));
    }

    public static Page<Invoice> invoicePage() {
        Invoice listed = invoice();
        Invoice withoutLines = new Invoice(listed.id(), listed.number(), listed.accountId(), listed.accountName(),
                listed.issueDate(), listed.dueDate(), listed.period(), listed.totalExclVat(), listed.vat(), listed.total(),
                listed.status(), listed.ocr(), listed.paidDate(), List.of());
        Invoice paid = new Invoice("inv-6001", "7001230001", "acc-vast", "Region Väst", LocalDate.parse("2026-10-01"),
                LocalDate.parse("2026-10-31"), "2026-09", new BigDecimal("1794.00"), new BigDecimal("448.50"),
                new BigDecimal("2242.50"), InvoiceStatus.PAID, "70012300019", LocalDate.parse("2026-10-28"), List.of());
        return new Page<>(List.of(withoutLines, paid), 0, 20, 24, 2);
    }

    public static Ticket ticket() {
        return new Ticket("tkt-5001", "ARD-2026-000042", TicketCategory.SUPPORT, TicketPriority.HIGH, TicketStatus.OPEN,
                "Ingen signal i Göteborg hamn", "acc-vast", "svc-m-1001", NOW, NOW, "Anna Lindqvist",
                List.of(message()));
    }

    public static Ticket.Message message() {
        return new Ticket.Message("msg-1", "Anna Lindqvist", false, "Telefonen har ingen täckning sedan i morse.", NOW);
    }

    public static Page<Ticket> ticketPage() {
        Ticket t = ticket();
        Ticket listed = new Ticket(t.id(), t.number(), t.category(), t.priority(), t.status(), t.title(), t.accountId(),
                t.serviceId(), t.createdAt(), t.updatedAt(), t.createdBy(), List.of());
        Ticket invoiceQuestion = new Ticket("tkt-4001", "ARD-2026-000031", TicketCategory.INVOICE, null,
                TicketStatus.WAITING_FOR_CUSTOMER, "Fråga om faktura 7001230001", "acc-vast", null, NOW.minusSeconds(864_000),
                NOW.minusSeconds(86_400), "Karl Berg", List.of());
        return new Page<>(List.of(listed, invoiceQuestion), 0, 20, 2, 1);
    }

    public static NewTicket newTicket() {
        return new NewTicket(TicketCategory.SUPPORT, "Ingen signal i Göteborg hamn",
                "Telefonen har ingen täckning sedan i morse.", TicketPriority.HIGH, "svc-m-1001", null);
    }

    public static Outage mobileOutage() {
        return new Outage("out-301", "Störning i mobilnätet, Göteborg", "Basstation ur drift efter strömavbrott.",
                OutageKind.MOBILE, List.of(Network.G4, Network.G5), Outage.Severity.MAJOR, List.of("Göteborg"),
                List.of("411 05", "411 06"), NOW.minusSeconds(7200), NOW.plusSeconds(7200), null, Outage.OutageStatus.ACTIVE,
                List.of(new Outage.Update(NOW.minusSeconds(3600), "Tekniker på plats.")), NOW.minusSeconds(3600), 2);
    }

    public static Outage resolvedFixedOutage() {
        return new Outage("out-290", "Fiberavbrott, Kungälv", "Grävskada på fiberkabel.", OutageKind.FIXED, List.of(),
                Outage.Severity.CRITICAL, List.of("Kungälv"), List.of("442 30"), NOW.minusSeconds(172_800), null,
                NOW.minusSeconds(86_400), Outage.OutageStatus.RESOLVED, List.of(), NOW.minusSeconds(86_400), 3);
    }

    public static OutageChanges outageChanges() {
        return new OutageChanges(List.of(mobileOutage()), "c-000042");
    }

    public static NewOutage newOutage() {
        return new NewOutage("Störning i mobilnätet, Göteborg", "Basstation ur drift efter strömavbrott.", OutageKind.MOBILE,
                List.of(Network.G4, Network.G5), Outage.Severity.MAJOR, List.of("Göteborg"), List.of("411 05"), null,
                NOW.plusSeconds(7200));
    }

    public static List<ReportDefinition> reports() {
        return List.of(new ReportDefinition(ReportKind.SERVICES, "Tjänster", serviceColumns()));
    }

    public static ReportPage reportPage() {
        return new ReportPage(ReportKind.SERVICES, serviceColumns(),
                List.of(List.of("svc-m-1001", "Mobil Företag 20 GB", "+46701234567", "299.00", "2024-03-01"),
                        List.of("svc-b-2001", "Fiber 1000/1000", "", "1495.00", "2022-09-15")), "r-2");
    }

    private static List<ReportDefinition.Column> serviceColumns() {
        return List.of(new ReportDefinition.Column("id", "Tjänste-id", ReportDefinition.ColumnType.TEXT),
                new ReportDefinition.Column("name", "Namn", ReportDefinition.ColumnType.TEXT),
                new ReportDefinition.Column("phoneNumber", "Telefonnummer", ReportDefinition.ColumnType.TEXT),
                new ReportDefinition.Column("monthlyPrice", "Månadsavgift", ReportDefinition.ColumnType.MONEY),
                new ReportDefinition.Column("startDate", "Startdatum", ReportDefinition.ColumnType.DATE));
    }
}
