package se.connectbot.portal.client;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.connectbot.portal.client.WireMockPortal.json;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import se.connectbot.portal.api.InvoiceQuery;
import se.connectbot.portal.api.OrderQuery;
import se.connectbot.portal.api.PortalApi;
import se.connectbot.portal.api.PortalException;
import se.connectbot.portal.api.PortalSamples;
import se.connectbot.portal.api.TicketQuery;
import se.connectbot.portal.api.TicketReply;
import se.connectbot.portal.api.TopUpRequest;
import se.connectbot.portal.api.UserPortal;
import se.connectbot.portal.client.PortalClientConfig.CacheSettings;

/** The cache decorator: per user, short-lived, forgetting what a write makes stale. */
class CachingTest {

    @RegisterExtension
    static WireMockExtension wm = WireMockPortal.server();

    private TestTime time;
    private PortalApi api;
    private UserPortal anna;

    @BeforeEach
    void setUp() {
        time = WireMockPortal.time();
        api = PortalClients.create(WireMockPortal.config(wm, time).withCache(CacheSettings.defaults()));
        anna = api.forUser(new TestTokens("u-anna", "at-anna"));
        wm.stubFor(get("/api/v1/me").withHeader("Authorization", equalTo("Bearer at-anna")).willReturn(json(PortalSamples.anna())));
        wm.stubFor(get("/api/v1/me").withHeader("Authorization", equalTo("Bearer at-karl")).willReturn(json(PortalSamples.karl())));
        wm.stubFor(get("/api/v1/dashboard").willReturn(json(PortalSamples.dashboard())));
        wm.stubFor(get(urlPathEqualTo("/api/v1/orders")).willReturn(json(PortalSamples.orderPage())));
        wm.stubFor(get("/api/v1/services/svc-m-1001").willReturn(json(PortalSamples.mobileDetail())));
        wm.stubFor(get("/api/v1/services/svc-m-1001/topup-packages").willReturn(json(PortalSamples.packages())));
        wm.stubFor(get(urlPathEqualTo("/api/v1/invoices")).willReturn(json(PortalSamples.invoicePage())));
        wm.stubFor(get(urlPathEqualTo("/api/v1/tickets")).willReturn(json(PortalSamples.ticketPage())));
        wm.stubFor(get("/api/v1/tickets/tkt-5001").willReturn(json(PortalSamples.ticket())));
    }

    @Test
    void servesTheSameUserFromTheCache() {
        anna.me();
        api.forUser(new TestTokens("u-anna", "at-anna")).me();

        wm.verify(1, getRequestedFor(urlPathEqualTo("/api/v1/me")));
    }

    @Test
    void neverServesOneUsersAnswerToAnother() {
        UserPortal karl = api.forUser(new TestTokens("u-karl", "at-karl"));

        assertThat(anna.me()).isEqualTo(PortalSamples.anna());
        assertThat(karl.me()).isEqualTo(PortalSamples.karl());
        assertThat(anna.me()).isEqualTo(PortalSamples.anna());
        wm.verify(2, getRequestedFor(urlPathEqualTo("/api/v1/me")));
    }

    @Test
    void keepsAnswersOnlyAsLongAsTheirKindAllows() {
        anna.me();
        anna.topUpPackages("svc-m-1001");
        anna.invoices(InvoiceQuery.all());
        time.advance(Duration.ofSeconds(31));
        anna.me();
        anna.topUpPackages("svc-m-1001");
        anna.invoices(InvoiceQuery.all());

        wm.verify(2, getRequestedFor(urlPathEqualTo("/api/v1/me")));
        wm.verify(1, getRequestedFor(urlPathEqualTo("/api/v1/services/svc-m-1001/topup-packages")));
        wm.verify(1, getRequestedFor(urlPathEqualTo("/api/v1/invoices")));

        time.advance(Duration.ofSeconds(30));
        anna.invoices(InvoiceQuery.all());
        wm.verify(2, getRequestedFor(urlPathEqualTo("/api/v1/invoices")));
    }

    @Test
    void keysListsByTheirQuery() {
        anna.orders(OrderQuery.ongoingOnly());
        anna.orders(new OrderQuery(false, null, 0, 20));
        anna.orders(OrderQuery.ongoingOnly());

        wm.verify(2, getRequestedFor(urlPathEqualTo("/api/v1/orders")));
    }

    @Test
    void aTopUpForgetsTheUsersOrdersDashboardAndServiceButNotThePackages() {
        wm.stubFor(post("/api/v1/services/svc-m-1001/topups").willReturn(json(201, PortalSamples.topUpOrder())));
        warm();

        anna.orderTopUp("svc-m-1001", new TopUpRequest("pkg-5"), "k-1");
        warm();

        wm.verify(2, getRequestedFor(urlPathEqualTo("/api/v1/orders")));
        wm.verify(2, getRequestedFor(urlPathEqualTo("/api/v1/dashboard")));
        wm.verify(2, getRequestedFor(urlPathEqualTo("/api/v1/services/svc-m-1001")));
        wm.verify(1, getRequestedFor(urlPathEqualTo("/api/v1/services/svc-m-1001/topup-packages")));
        wm.verify(1, getRequestedFor(urlPathEqualTo("/api/v1/tickets")));
    }

    @Test
    void aTopUpLeavesOtherUsersCachesAlone() {
        wm.stubFor(post("/api/v1/services/svc-m-1001/topups").willReturn(json(201, PortalSamples.topUpOrder())));
        UserPortal karl = api.forUser(new TestTokens("u-karl", "at-karl"));
        karl.dashboard();

        anna.orderTopUp("svc-m-1001", new TopUpRequest("pkg-5"), "k-1");
        karl.dashboard();

        wm.verify(1, getRequestedFor(urlPathEqualTo("/api/v1/dashboard")));
    }

    @Test
    void aNewTicketOrReplyForgetsTheTicketsAndDashboard() {
        wm.stubFor(post("/api/v1/tickets").willReturn(json(201, PortalSamples.ticket())));
        wm.stubFor(post("/api/v1/tickets/tkt-5001/messages").willReturn(json(201, PortalSamples.message())));
        warm();

        anna.createTicket(PortalSamples.newTicket(), "k-1");
        warm();
        anna.replyToTicket("tkt-5001", new TicketReply("Hej"), "k-2");
        warm();

        wm.verify(3, getRequestedFor(urlPathEqualTo("/api/v1/tickets")));
        wm.verify(3, getRequestedFor(urlPathEqualTo("/api/v1/dashboard")));
        wm.verify(2, getRequestedFor(urlPathEqualTo("/api/v1/tickets/tkt-5001")));
        wm.verify(1, getRequestedFor(urlPathEqualTo("/api/v1/orders")));
    }

    @Test
    void aFailedWriteStillForgetsWhatItMayHaveChanged() {
        wm.stubFor(post("/api/v1/services/svc-m-1001/topups").willReturn(WireMockPortal.problem(409, "")));
        anna.orders(OrderQuery.ongoingOnly());

        assertThatThrownBy(() -> anna.orderTopUp("svc-m-1001", new TopUpRequest("pkg-5"), "k-1"))
                .isInstanceOf(PortalException.class);
        anna.orders(OrderQuery.ongoingOnly());

        wm.verify(2, getRequestedFor(urlPathEqualTo("/api/v1/orders")));
    }

    @Test
    void doesNotCacheAFailure() {
        wm.stubFor(get("/api/v1/dashboard").inScenario("s").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(WireMockPortal.problem(404, "")).willSetStateTo("found"));
        wm.stubFor(get("/api/v1/dashboard").inScenario("s").whenScenarioStateIs("found")
                .willReturn(json(PortalSamples.dashboard())));

        assertThatThrownBy(anna::dashboard).isInstanceOf(PortalException.class);
        assertThat(anna.dashboard()).isEqualTo(PortalSamples.dashboard());
    }

    private void warm() {
        anna.orders(OrderQuery.ongoingOnly());
        anna.dashboard();
        anna.service("svc-m-1001");
        anna.topUpPackages("svc-m-1001");
        anna.tickets(TicketQuery.ongoingOnly());
        anna.ticket("tkt-5001");
    }
}
