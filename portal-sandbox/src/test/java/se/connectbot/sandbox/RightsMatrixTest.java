package se.connectbot.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import se.connectbot.portal.api.Right;

/**
 * Every demo user against every endpoint: a user with the endpoint's right gets through the
 * gate (to an answer about their own data), a user without it gets a 403 problem naming the
 * right. The writes are probed with requests that pass the gate and then fail on their input,
 * so the matrix changes no data.
 */
class RightsMatrixTest extends PortalApiTest {

    /** An endpoint: its rights (all needed, in the order they are checked) and what it answers when they are held. */
    record Endpoint(String name, List<Right> rights, int allowedStatus, Call call) {
    }

    interface Call {
        ApiResponse perform(RightsMatrixTest test, String user);
    }

    static Stream<Arguments> matrix() {
        List<Arguments> cases = new ArrayList<>();
        for (String user : DEMO_USERS) {
            for (Endpoint endpoint : endpoints()) {
                cases.add(Arguments.of(user, endpoint.name(), endpoint));
            }
        }
        return cases.stream();
    }

    static List<Endpoint> endpoints() {
        return List.of(
                get("GET /me", List.of(), (t, u) -> "/api/v1/me"),
                get("GET /dashboard", List.of(Right.VIEW_ACCOUNT_OVERVIEW), (t, u) -> "/api/v1/dashboard"),
                get("GET /accounts", List.of(Right.VIEW_ACCOUNT_OVERVIEW), (t, u) -> "/api/v1/accounts"),
                get("GET /accounts/{id}", List.of(Right.VIEW_ACCOUNT_OVERVIEW), (t, u) -> "/api/v1/accounts/" + t.own("account", u)),
                get("GET /services", List.of(Right.VIEW_SERVICES), (t, u) -> "/api/v1/services"),
                get("GET /services/{id}", List.of(Right.VIEW_SERVICES), (t, u) -> "/api/v1/services/" + t.own("service", u)),
                get("GET /services/{id}/topup-packages", List.of(Right.ORDER_SERVICES),
                        (t, u) -> "/api/v1/services/" + t.ownMobile(u) + "/topup-packages"),
                new Endpoint("POST /services/{id}/topups", List.of(Right.ORDER_SERVICES), 400, (t, u) -> t.as(u)
                        .post("/api/v1/services/" + t.ownMobile(u) + "/topups", "matrix-" + u, "{\"packageId\":\"data-999gb\"}")),
                get("GET /orders", List.of(Right.VIEW_SERVICES), (t, u) -> "/api/v1/orders"),
                get("GET /orders/{id}", List.of(Right.VIEW_SERVICES), (t, u) -> "/api/v1/orders/" + t.own("order", u)),
                get("GET /invoices", List.of(Right.VIEW_INVOICES), (t, u) -> "/api/v1/invoices"),
                get("GET /invoices/{id}", List.of(Right.VIEW_INVOICES), (t, u) -> "/api/v1/invoices/" + t.own("invoice", u)),
                new Endpoint("GET /invoices/{id}/pdf", List.of(Right.VIEW_INVOICES), 200,
                        (t, u) -> t.as(u).getPdf("/api/v1/invoices/" + t.own("invoice", u) + "/pdf")),
                get("GET /tickets", List.of(Right.HANDLE_TICKETS), (t, u) -> "/api/v1/tickets"),
                get("GET /tickets/{id}", List.of(Right.HANDLE_TICKETS), (t, u) -> "/api/v1/tickets/" + t.own("ticket", u)),
                new Endpoint("POST /tickets", List.of(Right.HANDLE_TICKETS), 400, (t, u) -> t.as(u).post("/api/v1/tickets",
                        "matrix-" + u, "{\"category\":\"OTHER\",\"title\":\"Fråga\",\"message\":\"Hej\",\"serviceId\":\"svc-0\"}")),
                new Endpoint("POST /tickets/{id}/messages", List.of(Right.HANDLE_TICKETS), 409, (t, u) -> t.as(u)
                        .post("/api/v1/tickets/" + t.ownClosedTicket(u) + "/messages", "matrix-" + u, "{\"message\":\"Hej igen\"}")),
                get("GET /outages", List.of(), (t, u) -> "/api/v1/outages"),
                get("GET /outages/changes", List.of(), (t, u) -> "/api/v1/outages/changes"),
                get("GET /outages/{id}", List.of(), (t, u) -> "/api/v1/outages/" + t.anyOutage()),
                get("GET /reports", List.of(Right.VIEW_REPORTS), (t, u) -> "/api/v1/reports"),
                get("GET /reports/SERVICES", List.of(Right.VIEW_REPORTS, Right.VIEW_SERVICES), (t, u) -> "/api/v1/reports/SERVICES?size=5"),
                get("GET /reports/MOBILE_USAGE", List.of(Right.VIEW_REPORTS, Right.VIEW_SERVICES),
                        (t, u) -> "/api/v1/reports/MOBILE_USAGE?size=5"),
                get("GET /reports/INVOICES", List.of(Right.VIEW_REPORTS, Right.VIEW_INVOICES), (t, u) -> "/api/v1/reports/INVOICES?size=5"),
                get("GET /reports/TICKETS", List.of(Right.VIEW_REPORTS, Right.HANDLE_TICKETS), (t, u) -> "/api/v1/reports/TICKETS?size=5"));
    }

    private static Endpoint get(String name, List<Right> rights, PathOf path) {
        return new Endpoint(name, rights, 200, (t, u) -> t.as(u).get(path.of(t, u)));
    }

    interface PathOf {
        String of(RightsMatrixTest test, String user);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("matrix")
    void letsThroughExactlyTheUsersWithTheRight(String user, String name, Endpoint endpoint) {
        Set<Right> held = rightsOf(user);
        Right missing = endpoint.rights().stream().filter(right -> !held.contains(right)).findFirst().orElse(null);

        ApiResponse response = endpoint.call().perform(this, user);

        if (missing == null) {
            assertThat(response.status()).as("%s as %s: %s", name, user, response.body()).isEqualTo(endpoint.allowedStatus());
        } else {
            response.forbidden(missing.name());
        }
    }

    @Test
    void keepsInvoicesFromNinaAndOrdersAndTicketsFromLars() {
        String invoice = own("invoice", ANNA);

        as(NINA).get("/api/v1/invoices").forbidden("VIEW_INVOICES");
        as(NINA).get("/api/v1/invoices/" + invoice).forbidden("VIEW_INVOICES");
        as(NINA).getPdf("/api/v1/invoices/" + invoice + "/pdf").forbidden("VIEW_INVOICES");
        as(NINA).get("/api/v1/reports/INVOICES").forbidden("VIEW_INVOICES");
        assertThat(as(NINA).get("/api/v1/reports").expect(200).body()).doesNotContain("INVOICES").contains("SERVICES");
        assertThat(as(NINA).get("/api/v1/dashboard").expect(200).json().path("unpaidInvoices").asInt()).isZero();

        as(LARS).post("/api/v1/services/" + ownMobile(LARS) + "/topups", "lars-1", "{\"packageId\":\"data-1gb\"}").forbidden("ORDER_SERVICES");
        as(LARS).get("/api/v1/services/" + ownMobile(LARS) + "/topup-packages").forbidden("ORDER_SERVICES");
        as(LARS).get("/api/v1/tickets").forbidden("HANDLE_TICKETS");
        as(LARS).post("/api/v1/tickets", "lars-2", "{\"category\":\"OTHER\",\"title\":\"Fråga\",\"message\":\"Hej\"}")
                .forbidden("HANDLE_TICKETS");
        assertThat(as(LARS).get("/api/v1/dashboard").expect(200).json().path("ongoingTickets").asInt()).isZero();
        assertThat(as(LARS).get("/api/v1/reports").expect(200).body()).doesNotContain("TICKETS");
    }

    @Test
    void letsTheBotsOwnTokenReadOutagesOnly() {
        ApiCalls bot = asClient("connect-bot", "operations.read");

        bot.get("/api/v1/outages").expect(200);
        bot.get("/api/v1/outages/changes").expect(200);
        bot.get("/api/v1/outages/" + anyOutage()).expect(200);
        for (String path : List.of("/api/v1/me", "/api/v1/dashboard", "/api/v1/services", "/api/v1/invoices", "/api/v1/reports")) {
            assertThat(bot.get(path).problem(403).path("title").asString()).as(path).isEqualTo("Insufficient scope");
        }
    }

    @Test
    void answersATokenOfAnUnknownUserWith401() {
        ApiResponse response = as("nobody@nordkust.se").get("/api/v1/me");

        response.problem(401);
        assertThat(response.header("WWW-Authenticate")).startsWith("Bearer");
        anonymous().get("/api/v1/services").problem(401);
    }

    @Test
    void answersAUserTokenOnTheOperatorEndpointsWith403() {
        as(ANNA).post("/api/v1/operator/outages", "anna-op", "{}").problem(403);
    }

    Set<Right> rightsOf(String user) {
        String column = jdbc.queryForObject("select rights from portal_user where username = ?", String.class, user);
        Set<Right> rights = EnumSet.noneOf(Right.class);
        Arrays.stream(column.split(",")).map(Right::valueOf).forEach(rights::add);
        return rights;
    }

    /** An id of {@code kind} (account, service, order, invoice, ticket) within the user's scope. */
    String own(String kind, String user) {
        Set<String> ids = switch (kind) {
            case "account" -> oracle.accounts(user);
            case "service" -> oracle.services(user);
            case "order" -> oracle.orders(user);
            case "invoice" -> oracle.invoices(user);
            case "ticket" -> oracle.tickets(user);
            default -> throw new IllegalArgumentException(kind);
        };
        return ids.stream().sorted().findFirst().orElseThrow();
    }

    String ownMobile(String user) {
        return firstOf(oracleQuery("select s.id from service s where s.kind = 'MOBILE' and s.status = 'ACTIVE'"
                + " and s.account_id = any(?) order by s.id", user));
    }

    String ownClosedTicket(String user) {
        return firstOf(oracleQuery("select t.id from ticket t where t.status = 'CLOSED' and t.account_id = any(?) order by t.id", user));
    }

    String anyOutage() {
        return jdbc.queryForObject("select id from outage order by id limit 1", String.class);
    }

    private List<String> oracleQuery(String sql, String user) {
        return jdbc.queryForList(sql, String.class, (Object) oracle.accounts(user).toArray(String[]::new));
    }

    private static String firstOf(List<String> ids) {
        assertThat(ids).isNotEmpty();
        return ids.get(0);
    }
}
