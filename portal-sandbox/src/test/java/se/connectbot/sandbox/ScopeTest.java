package se.connectbot.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

/**
 * Each user sees exactly the data of their scope: every list, count, search and report
 * matches what the account tree says they may see, and an id outside the scope is not found.
 */
class ScopeTest extends PortalApiTest {

    private static final String NORDKUST = "Nordkust Logistik AB";

    @ParameterizedTest
    @ValueSource(strings = {ANNA, KARL, NINA, LARS, ERIK, SOFIA})
    void showsTheAccountTreeOfTheScope(String user) {
        JsonNode roots = as(user).get("/api/v1/accounts").expect(200).json();

        assertThat(roots.size()).isEqualTo(1);
        assertThat(roots.get(0).path("id").asString()).isEqualTo(jdbc.queryForObject(
                "select scope_account_id from portal_user where username = ?", String.class, user));
        Set<String> ids = new HashSet<>();
        collect(roots, ids);
        assertThat(ids).isEqualTo(oracle.accounts(user));
    }

    @ParameterizedTest
    @ValueSource(strings = {ANNA, KARL, NINA, LARS, ERIK, SOFIA})
    void listsExactlyTheActiveServicesOfTheScope(String user) {
        assertThat(allIds(user, "/api/v1/services?size=100")).isEqualTo(oracle.activeServices(user));
    }

    @ParameterizedTest
    @ValueSource(strings = {ANNA, KARL, LARS, ERIK, SOFIA})
    void listsExactlyTheInvoicesOfTheScope(String user) {
        assertThat(allIds(user, "/api/v1/invoices?size=100")).isEqualTo(oracle.invoices(user));
    }

    @ParameterizedTest
    @ValueSource(strings = {ANNA, KARL, NINA, ERIK, SOFIA})
    void listsExactlyTheTicketsAndOrdersOfTheScope(String user) {
        assertThat(allIds(user, "/api/v1/tickets?size=100")).isEqualTo(oracle.tickets(user));
        assertThat(allIds(user, "/api/v1/tickets?size=100&ongoing=true")).isEqualTo(oracle.ongoingTickets(user));
        assertThat(allIds(user, "/api/v1/orders?size=100")).isEqualTo(oracle.orders(user));
        assertThat(allIds(user, "/api/v1/orders?size=100&ongoing=true")).isEqualTo(oracle.ongoingOrders(user));
    }

    @ParameterizedTest
    @ValueSource(strings = {ANNA, KARL, NINA, LARS, ERIK, SOFIA})
    void countsOnTheDashboardOnlyWhatTheUserMaySee(String user) {
        JsonNode dashboard = as(user).get("/api/v1/dashboard").expect(200).json();
        String rights = jdbc.queryForObject("select rights from portal_user where username = ?", String.class, user);

        assertThat(dashboard.path("activeServices").asInt()).isEqualTo(rights.contains("VIEW_SERVICES") ? oracle.activeServices(user).size() : 0);
        assertThat(dashboard.path("ongoingOrders").asInt()).isEqualTo(rights.contains("VIEW_SERVICES") ? oracle.ongoingOrders(user).size() : 0);
        assertThat(dashboard.path("ongoingTickets").asInt()).isEqualTo(rights.contains("HANDLE_TICKETS") ? oracle.ongoingTickets(user).size() : 0);
        assertThat(dashboard.path("unpaidInvoices").asInt()).isEqualTo(rights.contains("VIEW_INVOICES") ? oracle.unpaidInvoices(user).size() : 0);
        assertThat(dashboard.path("activeServices").asInt()).isPositive();
    }

    @ParameterizedTest
    @ValueSource(strings = {ANNA, KARL, ERIK})
    void reportsExactlyTheScope(String user) {
        assertThat(reportColumn(user, "SERVICES", row -> row.get(0).asString())).isEqualTo(oracle.services(user));
        assertThat(reportColumn(user, "INVOICES", row -> row.get(0).asString())).isEqualTo(new HashSet<>(jdbc.queryForList(
                "select number from invoice where id = any(?)", String.class, (Object) oracle.invoices(user).toArray(String[]::new))));
        assertThat(reportColumn(user, "TICKETS", row -> row.get(0).asString())).isEqualTo(new HashSet<>(jdbc.queryForList(
                "select number from ticket where id = any(?)", String.class, (Object) oracle.tickets(user).toArray(String[]::new))));
        Set<String> mobiles = new HashSet<>(jdbc.queryForList("select id from service where kind = 'MOBILE' and id = any(?)",
                String.class, (Object) oracle.services(user).toArray(String[]::new)));
        assertThat(reportColumn(user, "MOBILE_USAGE", row -> row.get(0).asString())).isEqualTo(mobiles);
    }

    @Test
    void showsKarlOnlyRegionVast() {
        String regionVast = oracle.accountIdByAlias("Region Väst");
        String regionOst = oracle.accountIdByAlias("Region Öst");
        String serviceInOst = jdbc.queryForObject("select id from service where account_id = ? order by id limit 1", String.class, regionOst);

        assertThat(as(KARL).get("/api/v1/me").expect(200).json().path("scopeAccountId").asString()).isEqualTo(regionVast);
        as(KARL).get("/api/v1/services/" + serviceInOst).problem(404);
        as(KARL).get("/api/v1/accounts/" + regionOst).problem(404);
        as(KARL).get("/api/v1/services?accountId=" + regionOst).problem(404);
        as(ANNA).get("/api/v1/services/" + serviceInOst).expect(200);
        assertThat(as(KARL).get("/api/v1/services?size=100&q=Göteborg").expect(200).json().path("items").findValuesAsString("accountId"))
                .allSatisfy(account -> assertThat(oracle.accounts(KARL)).contains(account));
    }

    @Test
    void neverShowsErikANordkustId() {
        for (String path : List.of("/api/v1/accounts", "/api/v1/services?size=100", "/api/v1/invoices?size=100",
                "/api/v1/tickets?size=100", "/api/v1/orders?size=100", "/api/v1/reports/SERVICES?size=5000",
                "/api/v1/services?size=100&q=Nordkust", "/api/v1/dashboard")) {
            String body = as(ERIK).get(path).expect(200).body();
            for (String nordkustAccount : oracle.accounts(ANNA)) {
                assertThat(body).as(path).doesNotContain("\"" + nordkustAccount + "\"");
            }
            assertThat(body).doesNotContain("Nordkust");
        }
    }

    @Test
    void answersErikNotFoundForEveryNordkustId() {
        String service = oracle.anyIdOf("service", NORDKUST);
        String invoice = oracle.anyIdOf("invoice", NORDKUST);
        String mobile = jdbc.queryForObject("select s.id from service s join account a on a.id = s.account_id"
                + " join organisation o on o.id = a.organisation_id where o.name = ? and s.kind = 'MOBILE' and s.status = 'ACTIVE'"
                + " order by s.id limit 1", String.class, NORDKUST);
        String account = jdbc.queryForObject("select root_account_id from organisation where name = ?", String.class, NORDKUST);

        for (String path : List.of("/api/v1/accounts/" + account, "/api/v1/services/" + service, "/api/v1/invoices/" + invoice,
                "/api/v1/invoices/" + invoice + "/pdf", "/api/v1/orders/" + oracle.anyIdOf("customer_order", NORDKUST),
                "/api/v1/tickets/" + oracle.anyIdOf("ticket", NORDKUST), "/api/v1/services/" + mobile + "/topup-packages",
                "/api/v1/services?accountId=" + account, "/api/v1/invoices?accountId=" + account)) {
            as(ERIK).get(path).problem(404);
        }
        as(ERIK).post("/api/v1/services/" + mobile + "/topups", "erik-probe", "{\"packageId\":\"data-1gb\"}").problem(404);
        as(ERIK).post("/api/v1/tickets", "erik-probe-2", "{\"category\":\"OTHER\",\"title\":\"Fråga\",\"message\":\"Hej\",\"serviceId\":\""
                + service + "\"}").invalid("serviceId");
        as(ERIK).get("/api/v1/services/svc-does-not-exist").problem(404);
    }

    private Set<String> allIds(String user, String firstPage) {
        Set<String> ids = new HashSet<>();
        int page = 0;
        JsonNode answer;
        do {
            answer = as(user).get(firstPage + "&page=" + page).expect(200).json();
            answer.path("items").forEach(item -> assertThat(ids.add(item.path("id").asString())).as("no repeats").isTrue());
            page++;
        } while (page < answer.path("totalPages").asInt());
        assertThat(answer.path("totalItems").asLong()).isEqualTo(ids.size());
        return ids;
    }

    private Set<String> reportColumn(String user, String kind, Function<JsonNode, String> cell) {
        Set<String> values = new HashSet<>();
        String cursor = null;
        do {
            JsonNode page = as(user).get("/api/v1/reports/" + kind + "?size=97" + (cursor == null ? "" : "&cursor=" + cursor))
                    .expect(200).json();
            page.path("rows").forEach(row -> values.add(cell.apply(row)));
            cursor = ApiResponse.nextCursor(page);
        } while (cursor != null);
        return values;
    }

    private static void collect(JsonNode nodes, Set<String> ids) {
        for (JsonNode node : nodes) {
            assertThat(ids.add(node.path("id").asString())).isTrue();
            collect(node.path("children"), ids);
        }
    }
}
