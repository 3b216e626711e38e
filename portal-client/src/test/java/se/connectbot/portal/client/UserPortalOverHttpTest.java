package se.connectbot.portal.client;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.connectbot.portal.client.WireMockPortal.json;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import se.connectbot.portal.api.Document;
import se.connectbot.portal.api.InvoiceQuery;
import se.connectbot.portal.api.InvoiceStatus;
import se.connectbot.portal.api.Network;
import se.connectbot.portal.api.OrderQuery;
import se.connectbot.portal.api.Outage;
import se.connectbot.portal.api.OutageKind;
import se.connectbot.portal.api.OutageQuery;
import se.connectbot.portal.api.PortalSamples;
import se.connectbot.portal.api.ReportKind;
import se.connectbot.portal.api.ReportPage;
import se.connectbot.portal.api.ServiceDetail;
import se.connectbot.portal.api.ServiceKind;
import se.connectbot.portal.api.ServiceQuery;
import se.connectbot.portal.api.ServiceStatus;
import se.connectbot.portal.api.TicketQuery;
import se.connectbot.portal.api.TicketReply;
import se.connectbot.portal.api.TopUpRequest;
import se.connectbot.portal.api.UserPortal;

/**
 * Every operation of {@link UserPortal} against WireMock: the request the client sends, the
 * record it reads back; afterwards every request and answer is checked against the contract.
 */
class UserPortalOverHttpTest {

    private static final String BEARER = "Bearer at-anna-1";

    @RegisterExtension
    static WireMockExtension wm = WireMockPortal.server();

    private UserPortal portal;

    @BeforeEach
    void setUp() {
        portal = PortalClients.create(WireMockPortal.config(wm, WireMockPortal.time()))
                .forUser(new TestTokens("u-anna", "at-anna-1"));
    }

    @AfterEach
    void everyExchangeMatchesTheContract() {
        WireMockPortal.assertServedExchangesMatchContract(wm);
    }

    @Test
    void readsWhoTheUserIsWithTheirToken() {
        wm.stubFor(get("/api/v1/me").withHeader("Authorization", equalTo(BEARER)).willReturn(json(PortalSamples.anna())));

        assertThat(portal.me()).isEqualTo(PortalSamples.anna());
    }

    @Test
    void readsTheDashboardCounts() {
        wm.stubFor(get("/api/v1/dashboard").willReturn(json(PortalSamples.dashboard())));

        assertThat(portal.dashboard()).isEqualTo(PortalSamples.dashboard());
    }

    @Test
    void readsTheAccountTreeAndOneAccount() {
        wm.stubFor(get("/api/v1/accounts").willReturn(json(PortalSamples.accountTree())));
        wm.stubFor(get("/api/v1/accounts/acc-vast").willReturn(json(PortalSamples.account())));

        assertThat(portal.accountTree()).isEqualTo(PortalSamples.accountTree());
        assertThat(portal.account("acc-vast")).isEqualTo(PortalSamples.account());
    }

    @Test
    void sendsEveryServiceFilterAsItsQueryParameter() {
        wm.stubFor(get(urlPathEqualTo("/api/v1/services")).willReturn(json(PortalSamples.servicePage())));
        ServiceQuery query = new ServiceQuery(ServiceStatus.PENDING, "acc-vast", false, ServiceKind.MOBILE, "hamn",
                "0701234567", "-startDate", 2, 50);

        assertThat(portal.services(query)).isEqualTo(PortalSamples.servicePage());
        wm.verify(getRequestedFor(urlPathEqualTo("/api/v1/services"))
                .withQueryParam("status", equalTo("PENDING"))
                .withQueryParam("accountId", equalTo("acc-vast"))
                .withQueryParam("includeSubAccounts", equalTo("false"))
                .withQueryParam("kind", equalTo("MOBILE"))
                .withQueryParam("q", equalTo("hamn"))
                .withQueryParam("phoneNumber", equalTo("0701234567"))
                .withQueryParam("sort", equalTo("-startDate"))
                .withQueryParam("page", equalTo("2"))
                .withQueryParam("size", equalTo("50")));
    }

    @Test
    void leavesUnsetServiceFiltersOut() {
        wm.stubFor(get(urlPathEqualTo("/api/v1/services")).willReturn(json(PortalSamples.servicePage())));

        portal.services(ServiceQuery.all().withText("Fiber 1000/1000 & co"));

        wm.verify(getRequestedFor(urlPathEqualTo("/api/v1/services"))
                .withQueryParam("q", equalTo("Fiber 1000/1000 & co"))
                .withQueryParam("status", absent())
                .withQueryParam("accountId", absent())
                .withQueryParam("includeSubAccounts", absent())
                .withQueryParam("page", equalTo("0"))
                .withQueryParam("size", equalTo("20")));
    }

    @Test
    void readsEachKindOfServiceDetail() {
        for (ServiceDetail detail : new ServiceDetail[] {PortalSamples.mobileDetail(), PortalSamples.broadbandDetail(),
                PortalSamples.cloudPbxDetail(), PortalSamples.sipTrunkDetail()}) {
            wm.stubFor(get("/api/v1/services/" + detail.summary().id()).willReturn(json(detail)));

            assertThat(portal.service(detail.summary().id())).isEqualTo(detail);
        }
    }

    @Test
    void readsTheTopUpPackages() {
        wm.stubFor(get("/api/v1/services/svc-m-1001/topup-packages").willReturn(json(PortalSamples.packages())));

        assertThat(portal.topUpPackages("svc-m-1001")).isEqualTo(PortalSamples.packages());
    }

    @Test
    void ordersATopUpWithItsIdempotencyKey() {
        wm.stubFor(post("/api/v1/services/svc-m-1001/topups")
                .withHeader("Idempotency-Key", equalTo("dialog-42"))
                .withHeader("Content-Type", equalTo("application/json"))
                .withRequestBody(equalToJson("{\"packageId\":\"pkg-5\"}"))
                .willReturn(json(201, PortalSamples.topUpOrder()).withHeader("Location", "/api/v1/orders/ord-9001")));

        assertThat(portal.orderTopUp("svc-m-1001", new TopUpRequest("pkg-5"), "dialog-42"))
                .isEqualTo(PortalSamples.topUpOrder());
    }

    @Test
    void readsOrders() {
        wm.stubFor(get(urlPathEqualTo("/api/v1/orders")).willReturn(json(PortalSamples.orderPage())));
        wm.stubFor(get("/api/v1/orders/ord-9001").willReturn(json(PortalSamples.topUpOrder())));

        assertThat(portal.orders(OrderQuery.ongoingOnly())).isEqualTo(PortalSamples.orderPage());
        assertThat(portal.order("ord-9001")).isEqualTo(PortalSamples.topUpOrder());
        wm.verify(getRequestedFor(urlPathEqualTo("/api/v1/orders"))
                .withQueryParam("ongoing", equalTo("true")).withQueryParam("accountId", absent()));
    }

    @Test
    void readsInvoicesByStatusAndNumber() {
        wm.stubFor(get(urlPathEqualTo("/api/v1/invoices")).willReturn(json(PortalSamples.invoicePage())));
        wm.stubFor(get("/api/v1/invoices/inv-7001").willReturn(json(PortalSamples.invoice())));

        assertThat(portal.invoices(InvoiceQuery.all().withStatus(InvoiceStatus.UNPAID).withNumber("7001234567")))
                .isEqualTo(PortalSamples.invoicePage());
        assertThat(portal.invoice("inv-7001")).isEqualTo(PortalSamples.invoice());
        wm.verify(getRequestedFor(urlPathEqualTo("/api/v1/invoices"))
                .withQueryParam("status", equalTo("UNPAID")).withQueryParam("number", equalTo("7001234567")));
    }

    @Test
    void downloadsTheInvoicePdfUnderThePortalsFileName() {
        byte[] pdf = "%PDF-1.7 a faktura".getBytes(StandardCharsets.US_ASCII);
        wm.stubFor(get("/api/v1/invoices/inv-7001/pdf").withHeader("Accept", equalTo("application/pdf, application/problem+json"))
                .willReturn(aResponse().withHeader("Content-Type", "application/pdf")
                        .withHeader("Content-Disposition", "attachment; filename=\"faktura-7001234567.pdf\"").withBody(pdf)));

        Document document = portal.invoicePdf("inv-7001");

        assertThat(document.fileName()).isEqualTo("faktura-7001234567.pdf");
        assertThat(document.contentType()).isEqualTo("application/pdf");
        assertThat(document.content()).isEqualTo(pdf);
    }

    @Test
    void namesThePdfAfterTheInvoiceWhenThePortalGivesNoName() {
        wm.stubFor(get("/api/v1/invoices/inv-7001/pdf")
                .willReturn(aResponse().withHeader("Content-Type", "application/pdf").withBody(new byte[] {37, 80, 68, 70})));

        assertThat(portal.invoicePdf("inv-7001").fileName()).isEqualTo("faktura-inv-7001.pdf");
    }

    @Test
    void readsTicketsAndOneTicketWithItsMessages() {
        wm.stubFor(get(urlPathEqualTo("/api/v1/tickets")).willReturn(json(PortalSamples.ticketPage())));
        wm.stubFor(get("/api/v1/tickets/tkt-5001").willReturn(json(PortalSamples.ticket())));

        assertThat(portal.tickets(new TicketQuery(false, "acc-vast", 1, 10))).isEqualTo(PortalSamples.ticketPage());
        assertThat(portal.ticket("tkt-5001")).isEqualTo(PortalSamples.ticket());
        wm.verify(getRequestedFor(urlPathEqualTo("/api/v1/tickets")).withQueryParam("ongoing", equalTo("false"))
                .withQueryParam("accountId", equalTo("acc-vast")).withQueryParam("page", equalTo("1"))
                .withQueryParam("size", equalTo("10")));
    }

    @Test
    void createsATicketWithItsIdempotencyKey() {
        wm.stubFor(post("/api/v1/tickets").withHeader("Idempotency-Key", equalTo("dialog-7"))
                .withRequestBody(equalToJson(PortalJsonForTests.write(PortalSamples.newTicket())))
                .willReturn(json(201, PortalSamples.ticket())));

        assertThat(portal.createTicket(PortalSamples.newTicket(), "dialog-7")).isEqualTo(PortalSamples.ticket());
    }

    @Test
    void repliesToATicket() {
        wm.stubFor(post("/api/v1/tickets/tkt-5001/messages").withHeader("Idempotency-Key", equalTo("reply-1"))
                .withRequestBody(equalToJson("{\"message\":\"Tack, det fungerar igen.\"}"))
                .willReturn(json(201, PortalSamples.message())));

        assertThat(portal.replyToTicket("tkt-5001", new TicketReply("Tack, det fungerar igen."), "reply-1"))
                .isEqualTo(PortalSamples.message());
    }

    @Test
    void readsOutagesWithTheUsersToken() {
        wm.stubFor(get(urlPathEqualTo("/api/v1/outages")).withHeader("Authorization", equalTo(BEARER))
                .willReturn(json(java.util.List.of(PortalSamples.mobileOutage(), PortalSamples.resolvedFixedOutage()))));
        OutageQuery query = new OutageQuery(Outage.OutageStatus.RESOLVED, "Göteborg", "411 05", Network.G5, OutageKind.MOBILE, 7);

        assertThat(portal.outages(query)).containsExactly(PortalSamples.mobileOutage(), PortalSamples.resolvedFixedOutage());
        wm.verify(getRequestedFor(urlPathEqualTo("/api/v1/outages")).withQueryParam("status", equalTo("RESOLVED"))
                .withQueryParam("municipality", equalTo("Göteborg")).withQueryParam("postcode", equalTo("411 05"))
                .withQueryParam("network", equalTo("G5")).withQueryParam("kind", equalTo("MOBILE"))
                .withQueryParam("recentDays", equalTo("7")));
    }

    @Test
    void readsReportKindsAndSlices() {
        wm.stubFor(get("/api/v1/reports").willReturn(json(PortalSamples.reports())));
        wm.stubFor(get(urlPathEqualTo("/api/v1/reports/SERVICES")).willReturn(json(PortalSamples.reportPage())));

        assertThat(portal.reports()).isEqualTo(PortalSamples.reports());
        assertThat(portal.report(ReportKind.SERVICES, null)).isEqualTo(PortalSamples.reportPage());
        assertThat(portal.report(ReportKind.SERVICES, "r-2", ReportPage.MAX_SIZE)).isEqualTo(PortalSamples.reportPage());
        wm.verify(getRequestedFor(urlPathEqualTo("/api/v1/reports/SERVICES")).withQueryParam("cursor", absent())
                .withQueryParam("size", equalTo("500")));
        wm.verify(getRequestedFor(urlPathEqualTo("/api/v1/reports/SERVICES")).withQueryParam("cursor", equalTo("r-2"))
                .withQueryParam("size", equalTo("5000")));
    }

    @Test
    void refusesASliceSizeTheContractDoesNotAllowBeforeAsking() {
        assertThatThrownBy(() -> portal.report(ReportKind.SERVICES, null, ReportPage.MAX_SIZE + 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> portal.report(ReportKind.SERVICES, null, 0)).isInstanceOf(IllegalArgumentException.class);
        wm.verify(0, getRequestedFor(urlPathEqualTo("/api/v1/reports/SERVICES")));
    }
}
