package se.connectbot.portal.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static se.connectbot.portal.client.WireMockPortal.json;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import se.connectbot.portal.api.OperationsPortal;
import se.connectbot.portal.api.OutageChanges;
import se.connectbot.portal.api.OutageQuery;
import se.connectbot.portal.api.PortalSamples;
import se.connectbot.portal.client.PortalClientConfig.CacheSettings;

/** Every operation of {@link OperationsPortal}, with the bot's own client-credentials token. */
class OperationsPortalOverHttpTest {

    @RegisterExtension
    static WireMockExtension wm = WireMockPortal.server();

    private TestTime time;
    private OperationsPortal operations;

    @BeforeEach
    void setUp() {
        time = WireMockPortal.time();
        operations = PortalClients.create(WireMockPortal.config(wm, time)).operations();
        WireMockPortal.stubClientCredentials(wm, "operations.read", "cc-1");
    }

    @AfterEach
    void everyExchangeMatchesTheContract() {
        WireMockPortal.assertServedExchangesMatchContract(wm);
    }

    @Test
    void readsCurrentOutagesWithTheBotsOwnToken() {
        wm.stubFor(get(urlPathEqualTo("/api/v1/outages")).withHeader("Authorization", equalTo("Bearer cc-1"))
                .willReturn(json(List.of(PortalSamples.mobileOutage()))));

        assertThat(operations.outages(OutageQuery.current())).containsExactly(PortalSamples.mobileOutage());
        wm.verify(getRequestedFor(urlPathEqualTo("/api/v1/outages")).withQueryParam("status", absent()));
        wm.verify(postRequestedFor(urlPathEqualTo("/oauth2/token"))
                .withHeader("Authorization", equalTo(HttpPortalOAuth.basic("connect-bot", "connect-bot-secret")))
                .withRequestBody(com.github.tomakehurst.wiremock.client.WireMock.containing("grant_type=client_credentials")));
    }

    @Test
    void readsOneOutage() {
        wm.stubFor(get("/api/v1/outages/out-301").willReturn(json(PortalSamples.mobileOutage())));

        assertThat(operations.outage("out-301")).isEqualTo(PortalSamples.mobileOutage());
    }

    @Test
    void followsTheChangeFeedFromNowAndFromACursor() {
        wm.stubFor(get(urlPathEqualTo("/api/v1/outages/changes")).withQueryParam("cursor", absent())
                .willReturn(json(new OutageChanges(List.of(), "c-000041"))));
        wm.stubFor(get(urlPathEqualTo("/api/v1/outages/changes")).withQueryParam("cursor", equalTo("c-000041"))
                .willReturn(json(PortalSamples.outageChanges())));

        OutageChanges fromNow = operations.outageChanges(null);
        OutageChanges next = operations.outageChanges(fromNow.nextCursor());

        assertThat(fromNow.changes()).isEmpty();
        assertThat(next).isEqualTo(PortalSamples.outageChanges());
    }

    @Test
    void fetchesItsTokenOnceAndKeepsItUntilShortlyBeforeExpiry() {
        wm.stubFor(get("/api/v1/outages/out-301").willReturn(json(PortalSamples.mobileOutage())));

        operations.outage("out-301");
        time.advance(Duration.ofSeconds(560));
        operations.outage("out-301");
        wm.verify(1, postRequestedFor(urlPathEqualTo("/oauth2/token")));

        time.advance(Duration.ofSeconds(15));
        operations.outage("out-301");
        wm.verify(2, postRequestedFor(urlPathEqualTo("/oauth2/token")));
    }

    @Test
    void fetchesANewTokenOnceWhenThePortalRefusesTheOldOne() {
        wm.resetAll();
        wm.stubFor(post(urlPathEqualTo("/oauth2/token")).inScenario("rotation").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(token("cc-1")).willSetStateTo("renewed"));
        wm.stubFor(post(urlPathEqualTo("/oauth2/token")).inScenario("rotation").whenScenarioStateIs("renewed")
                .willReturn(token("cc-2")));
        wm.stubFor(get("/api/v1/outages/out-301").withHeader("Authorization", equalTo("Bearer cc-1"))
                .willReturn(WireMockPortal.problem(401, "").withHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"")));
        wm.stubFor(get("/api/v1/outages/out-301").withHeader("Authorization", equalTo("Bearer cc-2"))
                .willReturn(json(PortalSamples.mobileOutage())));

        assertThat(operations.outage("out-301")).isEqualTo(PortalSamples.mobileOutage());
        wm.verify(2, postRequestedFor(urlPathEqualTo("/oauth2/token")));
        wm.verify(2, getRequestedFor(urlPathEqualTo("/api/v1/outages/out-301")));
    }

    private static ResponseDefinitionBuilder token(String accessToken) {
        return aResponse().withHeader("Content-Type", "application/json")
                .withBody("{\"access_token\":\"" + accessToken + "\",\"token_type\":\"Bearer\",\"expires_in\":600}");
    }

    @Test
    void sharesCachedOutagesBetweenEveryone() {
        OperationsPortal cached = PortalClients.create(WireMockPortal.config(wm, time).withCache(CacheSettings.defaults()))
                .operations();
        wm.stubFor(get(urlPathEqualTo("/api/v1/outages")).willReturn(json(List.of(PortalSamples.mobileOutage()))));

        cached.outages(OutageQuery.current());
        cached.outages(OutageQuery.current());
        wm.verify(1, getRequestedFor(urlPathEqualTo("/api/v1/outages")));

        time.advance(Duration.ofSeconds(16));
        cached.outages(OutageQuery.current());
        wm.verify(2, getRequestedFor(urlPathEqualTo("/api/v1/outages")));
    }
}
