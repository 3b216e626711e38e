package se.connectbot.portal.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import se.connectbot.portal.api.PortalSamples;
import se.connectbot.portal.client.PortalClientConfig.CacheSettings;
import se.connectbot.portal.client.PortalClientConfig.ResilienceSettings;
import se.connectbot.portal.contract.OpenApiContract;
import se.connectbot.portal.contract.WireMockExchanges;

/** What the WireMock tests share: a config aimed at the server, JSON answers, the contract check. */
final class WireMockPortal {

    static final String CLIENT_ID = "connect-bot";
    static final String CLIENT_SECRET = "connect-bot-secret";

    private WireMockPortal() {
    }

    static WireMockExtension server() {
        return WireMockExtension.newInstance()
                .options(com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig().dynamicPort())
                .build();
    }

    /** Fast and deterministic: no cache, three tries 10 ms apart, a circuit that stays closed. */
    static PortalClientConfig config(WireMockExtension wm, TestTime time) {
        return PortalClientConfig.of(URI.create(wm.baseUrl()), CLIENT_ID, CLIENT_SECRET)
                .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(4))
                .withCache(CacheSettings.disabled())
                .withResilience(ResilienceSettings.defaults().withRetries(3, Duration.ofMillis(10))
                        .withCircuitBreaker(100, 1000, 1000, Duration.ofSeconds(30)))
                .withTime(time, time);
    }

    static TestTime time() {
        return new TestTime(PortalSamples.NOW);
    }

    static ResponseDefinitionBuilder json(int status, Object body) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json")
                .withBody(PortalJsonForTests.write(body));
    }

    static ResponseDefinitionBuilder json(Object body) {
        return json(200, body);
    }

    static ResponseDefinitionBuilder problem(int status, String extensions) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/problem+json")
                .withBody("{\"type\":\"about:blank\",\"title\":\"t\",\"status\":" + status + extensions + "}");
    }

    /** The bot's client-credentials token endpoint, answering {@code token} for {@code scope}. */
    static void stubClientCredentials(WireMockExtension wm, String scope, String token) {
        wm.stubFor(post(urlPathEqualTo("/oauth2/token"))
                .withFormParam("grant_type", equalTo("client_credentials"))
                .withFormParam("scope", equalTo(scope))
                .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody(
                        "{\"access_token\":\"" + token + "\",\"token_type\":\"Bearer\",\"expires_in\":600,\"scope\":\"" + scope + "\"}")));
    }

    /** Every API request WireMock served, and its answer, as the contract allows them. */
    static void assertServedExchangesMatchContract(WireMockExtension wm) {
        List<ServeEvent> events = wm.getAllServeEvents();
        for (ServeEvent event : events) {
            if (event.getRequest().getUrl().startsWith(PortalClientConfig.API_PATH)) {
                OpenApiContract.get().assertValid(WireMockExchanges.from(event));
            }
        }
    }
}
