package se.connectbot.portal.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The check the WireMock tests end with does catch a stub the document does not allow. */
class ContractCheckTest {

    @RegisterExtension
    static WireMockExtension wm = WireMockPortal.server();

    @Test
    void catchesAnAnswerWithAPropertyTheDocumentDoesNotList() {
        wm.stubFor(get("/api/v1/dashboard").willReturn(aResponse().withHeader("Content-Type", "application/json").withBody(
                "{\"activeServices\":1,\"ongoingOrders\":0,\"ongoingTickets\":0,\"unpaidInvoices\":0,\"overdueInvoices\":0}")));
        PortalClients.create(WireMockPortal.config(wm, WireMockPortal.time()))
                .forUser(new TestTokens("u", "t")).dashboard();

        assertThatThrownBy(() -> WireMockPortal.assertServedExchangesMatchContract(wm))
                .isInstanceOf(AssertionError.class).hasMessageContaining("overdueInvoices");
    }
}
