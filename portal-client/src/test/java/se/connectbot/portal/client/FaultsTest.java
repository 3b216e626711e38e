package se.connectbot.portal.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.connectbot.portal.client.WireMockPortal.json;
import static se.connectbot.portal.client.WireMockPortal.problem;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.function.Executable;
import se.connectbot.portal.api.PortalError;
import se.connectbot.portal.api.PortalException;
import se.connectbot.portal.api.PortalSamples;
import se.connectbot.portal.api.Right;
import se.connectbot.portal.api.TopUpRequest;
import se.connectbot.portal.api.UserPortal;
import se.connectbot.portal.client.PortalClientConfig.ResilienceSettings;

/** What the client makes of every way a call can go wrong. */
class FaultsTest {

    @RegisterExtension
    static WireMockExtension wm = WireMockPortal.server();

    private TestTime time;
    private PortalClientConfig config;
    private TestTokens tokens;
    private UserPortal portal;

    @BeforeEach
    void setUp() {
        time = WireMockPortal.time();
        config = WireMockPortal.config(wm, time);
        tokens = new TestTokens("u-anna", "at-old", "at-new");
        portal = PortalClients.create(config).forUser(tokens);
    }

    @Test
    void refreshesAnExpiredTokenOnceAndTriesAgain() {
        wm.stubFor(get("/api/v1/me").withHeader("Authorization", equalTo("Bearer at-old")).willReturn(unauthorized()));
        wm.stubFor(get("/api/v1/me").withHeader("Authorization", equalTo("Bearer at-new")).willReturn(json(PortalSamples.anna())));

        assertThat(portal.me()).isEqualTo(PortalSamples.anna());
        assertThat(tokens.refreshes()).isEqualTo(1);
        wm.verify(2, getRequestedFor(urlPathEqualTo("/api/v1/me")));
    }

    @Test
    void saysSignInAgainWhenEvenTheRefreshedTokenIsRefused() {
        wm.stubFor(get("/api/v1/me").willReturn(unauthorized()));

        expectError(portal::me, PortalError.NOT_SIGNED_IN, e -> assertThat(e.getMessage()).doesNotContain("at-old", "at-new"));
        assertThat(tokens.refreshes()).isEqualTo(1);
        wm.verify(2, getRequestedFor(urlPathEqualTo("/api/v1/me")));
    }

    @Test
    void saysSignInAgainWhenTheRefreshItselfIsRefused() {
        UserPortal signedOut = PortalClients.create(config).forUser(new TestTokens("u-anna", "at-old").signedOut());
        wm.stubFor(get("/api/v1/me").willReturn(unauthorized()));

        expectError(signedOut::me, PortalError.NOT_SIGNED_IN, e -> { });
        wm.verify(1, getRequestedFor(urlPathEqualTo("/api/v1/me")));
    }

    @Test
    void namesTheMissingRightOfAForbiddenCallWithoutRetrying() {
        wm.stubFor(get(urlPathEqualTo("/api/v1/invoices"))
                .willReturn(problem(403, ",\"detail\":\"Du saknar rättigheten Se fakturor\",\"right\":\"VIEW_INVOICES\"")));

        expectError(() -> portal.invoices(se.connectbot.portal.api.InvoiceQuery.all()), PortalError.FORBIDDEN, e -> {
            assertThat(e.missingRight()).isEqualTo(Right.VIEW_INVOICES);
            assertThat(e.getMessage()).contains("Du saknar rättigheten Se fakturor").doesNotContain("at-old");
        });
        wm.verify(1, getRequestedFor(urlPathEqualTo("/api/v1/invoices")));
        assertThat(tokens.refreshes()).isZero();
    }

    @Test
    void leavesTheRightOutWhenThePortalNamesNoneItKnows() {
        wm.stubFor(get("/api/v1/dashboard").willReturn(problem(403, ",\"right\":\"TIME_TRAVEL\"")));

        expectError(portal::dashboard, PortalError.FORBIDDEN, e -> assertThat(e.missingRight()).isNull());
    }

    @Test
    void reportsAnUnknownServiceAsNotFound() {
        wm.stubFor(get("/api/v1/services/svc-x").willReturn(problem(404, "")));

        expectError(() -> portal.service("svc-x"), PortalError.NOT_FOUND, e -> { });
        wm.verify(1, getRequestedFor(urlPathEqualTo("/api/v1/services/svc-x")));
    }

    @Test
    void namesTheRefusedField() {
        wm.stubFor(post("/api/v1/services/svc-m-1001/topups").willReturn(problem(400,
                ",\"errors\":[{\"field\":\"packageId\",\"message\":\"Paketet finns inte för tjänsten\"},{\"field\":\"x\",\"message\":\"y\"}]")));

        expectError(() -> portal.orderTopUp("svc-m-1001", new TopUpRequest("pkg-x"), "k-1"), PortalError.INVALID_INPUT,
                e -> assertThat(e.field()).isEqualTo("packageId"));
        wm.verify(1, postRequestedFor(urlPathEqualTo("/api/v1/services/svc-m-1001/topups")));
    }

    @Test
    void treatsUnprocessableContentAsInvalidInput() {
        wm.stubFor(post("/api/v1/tickets").willReturn(problem(422, ",\"errors\":[{\"field\":\"priority\",\"message\":\"krävs\"}]")));

        expectError(() -> portal.createTicket(PortalSamples.newTicket(), "k-1"), PortalError.INVALID_INPUT,
                e -> assertThat(e.field()).isEqualTo("priority"));
    }

    @Test
    void reportsAReusedIdempotencyKeyAsAConflict() {
        wm.stubFor(post("/api/v1/tickets").willReturn(problem(409, ",\"detail\":\"Idempotency-Key reused with another body\"")));

        expectError(() -> portal.createTicket(PortalSamples.newTicket(), "k-1"), PortalError.CONFLICT, e -> { });
        wm.verify(1, postRequestedFor(urlPathEqualTo("/api/v1/tickets")));
    }

    @Test
    void refusesAnIdempotencyKeyTheContractDoesNotAllowBeforeSending() {
        assertThatThrownBy(() -> portal.createTicket(PortalSamples.newTicket(), "two words"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'two words'");
        wm.verify(0, postRequestedFor(urlPathEqualTo("/api/v1/tickets")));
    }

    @Test
    void waitsAsLongAsRetryAfterSaysAndTriesAgain() {
        wm.stubFor(get("/api/v1/dashboard").inScenario("busy").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(problem(429, "").withHeader("Retry-After", "1")).willSetStateTo("calm"));
        wm.stubFor(get("/api/v1/dashboard").inScenario("busy").whenScenarioStateIs("calm")
                .willReturn(json(PortalSamples.dashboard())));

        long started = System.nanoTime();
        assertThat(portal.dashboard()).isEqualTo(PortalSamples.dashboard());

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(950));
        wm.verify(2, getRequestedFor(urlPathEqualTo("/api/v1/dashboard")));
    }

    @Test
    void failsAtOnceWhenRetryAfterIsLongerThanTheCap() {
        wm.stubFor(get("/api/v1/dashboard").willReturn(problem(429, "").withHeader("Retry-After", "120")));

        expectError(portal::dashboard, PortalError.RATE_LIMITED,
                e -> assertThat(e.retryAfter()).isEqualTo(Duration.ofSeconds(120)));
        wm.verify(1, getRequestedFor(urlPathEqualTo("/api/v1/dashboard")));
    }

    @Test
    void retriesAServerErrorThenGivesUpAsUnavailable() {
        wm.stubFor(get("/api/v1/dashboard").willReturn(aResponse().withStatus(500).withBody("<html>oops</html>")));

        expectError(portal::dashboard, PortalError.UNAVAILABLE, e -> { });
        wm.verify(3, getRequestedFor(urlPathEqualTo("/api/v1/dashboard")));
    }

    @Test
    void retriesAKeyedWriteWithTheSameKey() {
        wm.stubFor(post("/api/v1/tickets").inScenario("flaky").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(problem(503, "")).willSetStateTo("up"));
        wm.stubFor(post("/api/v1/tickets").inScenario("flaky").whenScenarioStateIs("up")
                .willReturn(json(201, PortalSamples.ticket())));

        assertThat(portal.createTicket(PortalSamples.newTicket(), "dialog-7")).isEqualTo(PortalSamples.ticket());
        wm.verify(2, postRequestedFor(urlPathEqualTo("/api/v1/tickets")).withHeader("Idempotency-Key", equalTo("dialog-7")));
    }

    @Test
    void givesUpOnASlowPortalWithoutWaitingTwice() {
        UserPortal impatient = PortalClients.create(config.withTimeouts(Duration.ofSeconds(1), Duration.ofMillis(300)))
                .forUser(tokens);
        wm.stubFor(get("/api/v1/dashboard").willReturn(json(PortalSamples.dashboard()).withFixedDelay(1500)));

        long started = System.nanoTime();
        expectError(impatient::dashboard, PortalError.UNAVAILABLE, e -> assertThat(e.getMessage()).contains("in time"));

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(1400));
        wm.verify(1, getRequestedFor(urlPathEqualTo("/api/v1/dashboard")));
    }

    @Test
    void reportsMalformedJsonAsUnavailable() {
        wm.stubFor(get("/api/v1/dashboard").willReturn(aResponse().withHeader("Content-Type", "application/json")
                .withBody("{\"activeServices\": 12, \"ongoingOrders\": ")));

        expectError(portal::dashboard, PortalError.UNAVAILABLE, e -> assertThat(e.getMessage()).contains("could not be read"));
    }

    @Test
    void reportsJsonOfTheWrongShapeAsUnavailable() {
        wm.stubFor(get("/api/v1/me").willReturn(aResponse().withHeader("Content-Type", "application/json")
                .withBody("{\"userId\":\"u-1\",\"rights\":null}")));

        expectError(portal::me, PortalError.UNAVAILABLE, e -> assertThat(e.getMessage()).contains("could not be read"));
    }

    @Test
    void reportsAnEmptyBodyAsUnavailable() {
        wm.stubFor(get("/api/v1/me").willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")));

        expectError(portal::me, PortalError.UNAVAILABLE, e -> assertThat(e.getMessage()).contains("empty"));
    }

    @Test
    void reportsAnEmptyPdfAsUnavailable() {
        wm.stubFor(get("/api/v1/invoices/inv-1/pdf").willReturn(aResponse().withHeader("Content-Type", "application/pdf")));

        expectError(() -> portal.invoicePdf("inv-1"), PortalError.UNAVAILABLE, e -> { });
    }

    @Test
    void reportsADroppedConnectionAsUnavailable() {
        wm.stubFor(get("/api/v1/me").willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

        expectError(portal::me, PortalError.UNAVAILABLE, e -> { });
    }

    @Test
    void reportsAPortalThatIsNotThereAsUnavailable() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        UserPortal nowhere = PortalClients.create(PortalClientConfig.of(URI.create("http://127.0.0.1:" + closedPort), "c", "s")
                .withResilience(ResilienceSettings.defaults().withRetries(2, Duration.ofMillis(1)))).forUser(tokens);

        expectError(nowhere::me, PortalError.UNAVAILABLE, e -> assertThat(e.getMessage()).contains("could not be reached"));
    }

    @Test
    void stopsCallingAPortalThatKeepsFailingAndTriesAgainLater() {
        UserPortal guarded = PortalClients.create(config.withResilience(ResilienceSettings.defaults()
                .withRetries(1, Duration.ZERO).withCircuitBreaker(50, 2, 2, Duration.ofSeconds(30)))).forUser(tokens);
        wm.stubFor(get("/api/v1/dashboard").willReturn(aResponse().withStatus(502)));

        expectError(guarded::dashboard, PortalError.UNAVAILABLE, e -> { });
        expectError(guarded::dashboard, PortalError.UNAVAILABLE, e -> { });
        long started = System.nanoTime();
        expectError(guarded::dashboard, PortalError.UNAVAILABLE, e -> assertThat(e.getMessage()).contains("not calling it"));

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(200));
        wm.verify(2, getRequestedFor(urlPathEqualTo("/api/v1/dashboard")));

        wm.stubFor(get("/api/v1/dashboard").willReturn(json(PortalSamples.dashboard())));
        time.advance(Duration.ofSeconds(31));
        assertThat(guarded.dashboard()).isEqualTo(PortalSamples.dashboard());
    }

    @Test
    void doesNotCountRefusalsAgainstThePortal() {
        UserPortal guarded = PortalClients.create(config.withResilience(ResilienceSettings.defaults()
                .withRetries(1, Duration.ZERO).withCircuitBreaker(50, 2, 2, Duration.ofSeconds(30)))).forUser(tokens);
        wm.stubFor(get("/api/v1/services/svc-x").willReturn(problem(404, "")));

        for (int i = 0; i < 4; i++) {
            expectError(() -> guarded.service("svc-x"), PortalError.NOT_FOUND, e -> { });
        }
        wm.verify(4, getRequestedFor(urlPathEqualTo("/api/v1/services/svc-x")));
    }

    private static ResponseDefinitionBuilder unauthorized() {
        return problem(401, "").withHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
    }

    private static void expectError(Executable call, PortalError error, Consumer<PortalException> more) {
        assertThatThrownBy(call::execute).isInstanceOfSatisfying(PortalException.class, e -> {
            assertThat(e.error()).as(e.getMessage()).isEqualTo(error);
            more.accept(e);
        });
    }
}
