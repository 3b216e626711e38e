package se.connectbot.sandbox.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.connectbot.sandbox.PortalApiTest;
import tools.jackson.databind.JsonNode;

class ServiceTest extends PortalApiTest {

    @Test
    void pagesTwentyActiveServicesByDefault() {
        JsonNode page = as(ANNA).get("/api/v1/services").expect(200).json();

        assertThat(page.path("size").asInt()).isEqualTo(20);
        assertThat(page.path("page").asInt()).isZero();
        assertThat(page.path("items").size()).isEqualTo(20);
        assertThat(page.path("totalPages").asInt()).isEqualTo((page.path("totalItems").asInt() + 19) / 20);
        page.path("items").forEach(item -> assertThat(item.path("status").asString()).isEqualTo("ACTIVE"));
    }

    @Test
    void sortsByTheNamedFieldEitherWay() {
        List<String> ascending = names(as(ANNA).get("/api/v1/services?sort=startDate&size=100").json(), "startDate");
        List<String> descending = names(as(ANNA).get("/api/v1/services?sort=-monthlyPrice&size=100").json(), "monthlyPrice");

        assertThat(ascending).isSorted();
        assertThat(descending.stream().map(Double::parseDouble).toList()).isSortedAccordingTo((a, b) -> Double.compare(b, a));
    }

    @Test
    void findsAMobileByItsNationalNumber() {
        String number = jdbc.queryForObject("select phone_number from service where kind = 'MOBILE' and status = 'ACTIVE'"
                + " and account_id = any(?) order by id limit 1", String.class, (Object) oracle.accounts(KARL).toArray(String[]::new));
        String national = "0" + number.substring(3, 5) + "-" + number.substring(5);

        JsonNode page = as(KARL).get("/api/v1/services?phoneNumber=" + national).expect(200).json();

        assertThat(page.path("totalItems").asInt()).isEqualTo(1);
        assertThat(page.path("items").get(0).path("phoneNumber").asString()).isEqualTo(number);
        assertThat(as(ERIK).get("/api/v1/services?phoneNumber=" + number).json().path("totalItems").asInt()).isZero();
    }

    @Test
    void findsACloudPbxByAnyOfItsNumbers() {
        String service = jdbc.queryForObject("select id from service where kind = 'CLOUD_PBX' and status = 'ACTIVE' order by id limit 1",
                String.class);
        String third = jdbc.queryForObject("select number from service_number where service_id = ? and position = 3", String.class, service);

        JsonNode page = as(ANNA).get("/api/v1/services?status=ACTIVE&kind=CLOUD_PBX&phoneNumber=" + third).json();
        JsonNode sofia = as(SOFIA).get("/api/v1/services?kind=CLOUD_PBX&phoneNumber=" + third).json();

        assertThat(page.path("totalItems").asInt() + sofia.path("totalItems").asInt()
                + as(ERIK).get("/api/v1/services?kind=CLOUD_PBX&phoneNumber=" + third).json().path("totalItems").asInt())
                .isEqualTo(1);
    }

    @Test
    void narrowsToAnAccountWithOrWithoutItsSubAccounts() {
        String region = oracle.accountIdByAlias("Region Väst");

        int withBranches = as(ANNA).get("/api/v1/services?accountId=" + region).json().path("totalItems").asInt();
        JsonNode own = as(ANNA).get("/api/v1/services?size=100&includeSubAccounts=false&accountId=" + region).json();

        assertThat(withBranches).isEqualTo(oracle.activeServices(KARL).size());
        own.path("items").forEach(item -> assertThat(item.path("accountId").asString()).isEqualTo(region));
        assertThat(own.path("totalItems").asInt()).isLessThan(withBranches);
    }

    @Test
    void showsTheDetailsOfEachKind() {
        for (String kind : List.of("BROADBAND", "MOBILE", "CLOUD_PBX", "SIP_TRUNK")) {
            String id = jdbc.queryForObject("select id from service where kind = ? and status = 'ACTIVE' and account_id = any(?)"
                    + " order by id limit 1", String.class, kind, oracle.accounts(ANNA).toArray(String[]::new));
            JsonNode detail = as(ANNA).get("/api/v1/services/" + id).expect(200).json();
            assertThat(detail.path("summary").path("kind").asString()).isEqualTo(kind);
            int set = 0;
            for (String member : List.of("broadband", "mobile", "cloudPbx", "sipTrunk")) {
                set += detail.path(member).isObject() ? 1 : 0;
            }
            assertThat(set).as(kind).isEqualTo(1);
        }
    }

    @Test
    void showsTwelveMonthsOfMobileUseEndingThisMonth() {
        String id = jdbc.queryForObject("select s.id from service s join mobile_detail m on m.service_id = s.id"
                + " where s.status = 'ACTIVE' and m.plan_allowance_mb is not null and s.account_id = any(?) order by s.id limit 1",
                String.class, (Object) oracle.accounts(ANNA).toArray(String[]::new));

        JsonNode mobile = as(ANNA).get("/api/v1/services/" + id).expect(200).json().path("mobile");

        JsonNode trend = mobile.path("trend");
        assertThat(trend.size()).isEqualTo(12);
        assertThat(trend.get(11).path("month").asString()).isEqualTo(YearMonth.now(clock).toString());
        assertThat(trend.get(11).path("dataUsedMb").asLong()).isEqualTo(mobile.path("usage").path("dataUsedMb").asLong());
        assertThat(mobile.path("simCardNumber").asString()).matches("\\d{19}");
        assertThat(mobile.path("usage").path("dataAllowanceMb").asLong()).isPositive();
    }

    @Test
    void showsPendingServicesWhenAsked() {
        JsonNode pending = as(ANNA).get("/api/v1/services?status=PENDING&size=100").expect(200).json();

        pending.path("items").forEach(item -> assertThat(LocalDate.parse(item.path("startDate").asString())).isAfter(LocalDate.now(clock)));
    }

    private static List<String> names(JsonNode page, String field) {
        List<String> values = new ArrayList<>();
        page.path("items").forEach(item -> values.add(item.path(field).asString()));
        return values;
    }
}
