package se.connectbot.sandbox.contract;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.connectbot.portal.api.InvoiceQuery;
import se.connectbot.portal.api.Network;
import se.connectbot.portal.api.NewOutage;
import se.connectbot.portal.api.NewTicket;
import se.connectbot.portal.api.OperationsPortal;
import se.connectbot.portal.api.OperatorPortal;
import se.connectbot.portal.api.OrderQuery;
import se.connectbot.portal.api.Outage;
import se.connectbot.portal.api.OutageKind;
import se.connectbot.portal.api.OutagePatch;
import se.connectbot.portal.api.OutageQuery;
import se.connectbot.portal.api.OutageResolution;
import se.connectbot.portal.api.PortalApi;
import se.connectbot.portal.api.PortalError;
import se.connectbot.portal.api.PortalException;
import se.connectbot.portal.api.ReportKind;
import se.connectbot.portal.api.ReportPage;
import se.connectbot.portal.api.ServiceKind;
import se.connectbot.portal.api.ServiceQuery;
import se.connectbot.portal.api.ServiceStatus;
import se.connectbot.portal.api.TicketCategory;
import se.connectbot.portal.api.TicketPriority;
import se.connectbot.portal.api.TicketQuery;
import se.connectbot.portal.api.TicketReply;
import se.connectbot.portal.api.TopUpRequest;
import se.connectbot.portal.api.UserPortal;
import se.connectbot.portal.api.UserTokens;
import se.connectbot.portal.client.PortalClientConfig;
import se.connectbot.portal.client.PortalClients;
import se.connectbot.portal.contract.OpenApiContract;
import se.connectbot.portal.contract.WireMockExchanges;
import se.connectbot.sandbox.PortalApiTest;

/**
 * The portal client against the running sandbox, every request and response checked against
 * the OpenAPI document: a recording proxy (WireMock) sits between them, and afterwards each
 * exchange it saw is validated, and every operation of the document must have been used.
 */
class SandboxContractTest extends PortalApiTest {

    @LocalServerPort
    int port;

    private WireMockServer proxy;
    private PortalApi portal;

    @BeforeEach
    void startProxy() {
        proxy = new WireMockServer(options().dynamicPort());
        proxy.start();
        proxy.stubFor(any(anyUrl()).willReturn(aResponse().proxiedFrom("http://localhost:" + port)));
        PortalClientConfig config = PortalClientConfig.of(URI.create(proxy.baseUrl()), "connect-bot", "connect-bot-secret")
                .withCache(PortalClientConfig.CacheSettings.disabled());
        portal = PortalClients.create(config);
    }

    @AfterEach
    void stopProxy() {
        proxy.stop();
    }

    @Test
    void everyOperationKeepsTheContractWithTheRealClient() {
        useTheUserApi(portal.forUser(tokensOf(ANNA)));
        refusals();
        useTheOperationsApi(portal.operations());
        useTheOperatorApi(PortalClients.operator(PortalClientConfig.of(URI.create(proxy.baseUrl()), "connect-operator",
                "connect-operator-secret").withCache(PortalClientConfig.CacheSettings.disabled())));

        List<String> violations = new ArrayList<>();
        SortedSet<String> used = new TreeSet<>();
        for (ServeEvent event : apiEvents()) {
            var exchange = WireMockExchanges.from(event);
            OpenApiContract.get().violations(exchange).forEach(violation -> violations.add(exchange + ": " + violation));
            used.add(operation(exchange.method(), exchange.path()));
        }
        assertThat(violations).isEmpty();
        assertThat(used).isEqualTo(OpenApiContract.get().operations());
    }

    private void useTheUserApi(UserPortal anna) {
        assertThat(anna.me().username()).isEqualTo(ANNA);
        anna.dashboard();
        String root = anna.accountTree().get(0).id();
        anna.account(root);
        anna.services(ServiceQuery.all());
        anna.services(ServiceQuery.all().withText("Göteborg").withKind(ServiceKind.BROADBAND).withPage(0, 5));
        anna.services(ServiceQuery.all().withStatus(ServiceStatus.TERMINATED));
        for (ServiceKind kind : ServiceKind.values()) {
            String id = anna.services(ServiceQuery.all().withKind(kind).withPage(0, 1)).items().get(0).id();
            anna.service(id);
        }
        String mobile = jdbc.queryForObject("""
                select s.id from service s join mobile_detail m on m.service_id = s.id join account a on a.id = s.account_id
                where s.status = 'ACTIVE' and m.plan_allowance_mb is not null and a.organisation_id = ? order by s.id limit 1""",
                String.class, oracle.organisationIdOf(ANNA));
        anna.services(ServiceQuery.all().withPhoneNumber(anna.service(mobile).summary().phoneNumber()));
        String packageId = anna.topUpPackages(mobile).get(0).id();
        String orderId = anna.orderTopUp(mobile, new TopUpRequest(packageId), UUID.randomUUID().toString()).id();
        anna.order(orderId);
        anna.orders(OrderQuery.ongoingOnly());
        String invoiceId = anna.invoices(InvoiceQuery.all()).items().get(0).id();
        anna.invoice(invoiceId);
        assertThat(anna.invoicePdf(invoiceId).content()).startsWith("%PDF".getBytes());
        anna.tickets(TicketQuery.ongoingOnly());
        var ticket = anna.createTicket(new NewTicket(TicketCategory.SUPPORT, "Ingen anslutning", "Bredbandet är nere sedan i morse.",
                TicketPriority.HIGH, null, null), UUID.randomUUID().toString());
        anna.ticket(ticket.id());
        anna.replyToTicket(ticket.id(), new TicketReply("Det gäller alla våra kontor."), UUID.randomUUID().toString());
        anna.outages(OutageQuery.current());
        anna.reports();
        for (ReportKind kind : ReportKind.values()) {
            ReportPage first = anna.report(kind, null);
            if (first.nextCursor() != null) {
                anna.report(kind, first.nextCursor());
            }
            anna.report(kind, null, ReportPage.MAX_SIZE); // the largest slice the client asks for, as the bot's reports do
        }
    }

    private void refusals() {
        UserPortal nina = portal.forUser(tokensOf(NINA));
        PortalException forbidden = catchThrowableOfType(PortalException.class, () -> nina.invoices(InvoiceQuery.all()));
        assertThat(forbidden.error()).isEqualTo(PortalError.FORBIDDEN);
        assertThat(forbidden.missingRight()).hasToString("VIEW_INVOICES");
        UserPortal erik = portal.forUser(tokensOf(ERIK));
        String nordkustService = oracle.anyIdOf("service", "Nordkust Logistik AB");
        assertThat(catchThrowableOfType(PortalException.class, () -> erik.service(nordkustService)).error())
                .isEqualTo(PortalError.NOT_FOUND);
        assertThat(catchThrowableOfType(PortalException.class, () -> erik.createTicket(new NewTicket(TicketCategory.SUPPORT,
                "Fel", "Fel", null, null, null), UUID.randomUUID().toString())).field()).isEqualTo("priority");
    }

    private void useTheOperationsApi(OperationsPortal operations) {
        String cursor = operations.outageChanges(null).nextCursor();
        List<Outage> current = operations.outages(OutageQuery.current());
        operations.outage(current.get(0).id());
        operations.outages(new OutageQuery(Outage.OutageStatus.RESOLVED, null, null, Network.G4, OutageKind.MOBILE, 30));
        operations.outageChanges(cursor);
    }

    private void useTheOperatorApi(OperatorPortal operator) {
        Outage outage = operator.createOutage(new NewOutage("Störning i 4G-nätet i Varberg", "En basstation är ur drift.",
                OutageKind.MOBILE, List.of(Network.G4), Outage.Severity.MAJOR, List.of("Varberg"), List.of("432 44"), null, null),
                UUID.randomUUID().toString());
        operator.updateOutage(outage.id(), OutagePatch.updateText("Tekniker på väg."));
        assertThat(operator.resolveOutage(outage.id(), new OutageResolution("Åtgärdat."), UUID.randomUUID().toString()).status())
                .isEqualTo(Outage.OutageStatus.RESOLVED);
    }

    private List<ServeEvent> apiEvents() {
        return proxy.getAllServeEvents().stream()
                .filter(event -> URI.create(event.getRequest().getUrl()).getPath().startsWith("/api/v1/"))
                .sorted(Comparator.comparing(event -> event.getRequest().getLoggedDate()))
                .toList();
    }

    /** The document's operation an exchange used: the one whose path template matches with the most fixed segments. */
    private static String operation(String method, String path) {
        return OpenApiContract.get().operations().stream()
                .filter(operation -> operation.startsWith(method.toUpperCase() + " "))
                .filter(operation -> Pattern.matches("/api/v1" + operation.substring(operation.indexOf(' ') + 1)
                        .replace("{}", "[^/]+"), path))
                .min(Comparator.comparingInt(operation -> operation.split("\\{}", -1).length))
                .orElse(method + " " + path + " (not in the document)");
    }

    private UserTokens tokensOf(String username) {
        return new ApiTokens(username);
    }

    /** A user's tokens as the bot would hold them: minted like the authorization server's. */
    private final class ApiTokens implements UserTokens {
        private final String username;

        ApiTokens(String username) {
            this.username = username;
        }

        @Override
        public String cacheKey() {
            return username;
        }

        @Override
        public String accessToken() {
            return bearerToken(username, "portal");
        }

        @Override
        public String refreshedAccessToken() {
            return accessToken();
        }
    }
}
