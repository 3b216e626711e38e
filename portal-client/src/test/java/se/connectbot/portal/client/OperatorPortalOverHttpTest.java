package se.connectbot.portal.client;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.connectbot.portal.client.WireMockPortal.json;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import se.connectbot.portal.api.OperatorPortal;
import se.connectbot.portal.api.OutagePatch;
import se.connectbot.portal.api.OutageResolution;
import se.connectbot.portal.api.PortalError;
import se.connectbot.portal.api.PortalException;
import se.connectbot.portal.api.PortalSamples;

/** Every operation of {@link OperatorPortal}, with the operator's own client-credentials token. */
class OperatorPortalOverHttpTest {

    private static final String BEARER = "Bearer op-1";

    @RegisterExtension
    static WireMockExtension wm = WireMockPortal.server();

    private OperatorPortal operator;

    @BeforeEach
    void setUp() {
        operator = PortalClients.operator(WireMockPortal.config(wm, WireMockPortal.time())
                .withClient("connect-operator", "connect-operator-secret"));
        WireMockPortal.stubClientCredentials(wm, "outages.write", "op-1");
    }

    @AfterEach
    void everyExchangeMatchesTheContract() {
        WireMockPortal.assertServedExchangesMatchContract(wm);
    }

    @Test
    void publishesAnOutageWithItsIdempotencyKey() {
        wm.stubFor(post("/api/v1/operator/outages").withHeader("Authorization", equalTo(BEARER))
                .withHeader("Idempotency-Key", equalTo("demo-1"))
                .withRequestBody(equalToJson(PortalJsonForTests.write(PortalSamples.newOutage())))
                .willReturn(json(201, PortalSamples.mobileOutage())));

        assertThat(operator.createOutage(PortalSamples.newOutage(), "demo-1")).isEqualTo(PortalSamples.mobileOutage());
    }

    @Test
    void addsAnUpdateText() {
        wm.stubFor(patch(urlPathEqualTo("/api/v1/operator/outages/out-301")).withHeader("Authorization", equalTo(BEARER))
                .withRequestBody(equalToJson("{\"update\":\"Strömmen är tillbaka.\"}", true, true))
                .willReturn(json(PortalSamples.mobileOutage())));

        assertThat(operator.updateOutage("out-301", OutagePatch.updateText("Strömmen är tillbaka.")))
                .isEqualTo(PortalSamples.mobileOutage());
    }

    @Test
    void resolvesAnOutage() {
        wm.stubFor(post("/api/v1/operator/outages/out-290/resolve").withHeader("Idempotency-Key", equalTo("resolve-1"))
                .withRequestBody(equalToJson("{\"update\":\"Kabeln är lagad.\"}"))
                .willReturn(json(PortalSamples.resolvedFixedOutage())));

        assertThat(operator.resolveOutage("out-290", new OutageResolution("Kabeln är lagad."), "resolve-1"))
                .isEqualTo(PortalSamples.resolvedFixedOutage());
    }

    @Test
    void sendsAnUpdateOnlyOnceEvenWhenThePortalFails() {
        wm.stubFor(patch(urlPathEqualTo("/api/v1/operator/outages/out-301"))
                .willReturn(WireMockPortal.problem(503, "").withHeader("Retry-After", "1")));

        assertThatThrownBy(() -> operator.updateOutage("out-301", OutagePatch.updateText("x")))
                .isInstanceOfSatisfying(PortalException.class, e -> assertThat(e.error()).isEqualTo(PortalError.UNAVAILABLE));
        wm.verify(1, patchRequestedFor(urlPathEqualTo("/api/v1/operator/outages/out-301")));
    }
}
