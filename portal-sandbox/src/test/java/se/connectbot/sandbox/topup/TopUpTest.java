package se.connectbot.sandbox.topup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import se.connectbot.sandbox.ApiResponse;
import se.connectbot.sandbox.PortalApiTest;
import tools.jackson.databind.JsonNode;

class TopUpTest extends PortalApiTest {

    @Test
    void offersTheFourPackagesForAnActiveLimitedSubscription() {
        JsonNode packages = as(KARL).get("/api/v1/services/" + limitedMobile(KARL) + "/topup-packages").expect(200).json();

        assertThat(packages.findValuesAsString("id")).containsExactly("data-1gb", "data-3gb", "data-5gb", "data-10gb");
        assertThat(packages.get(0).path("price").decimalValue()).isEqualByComparingTo("49.00");
        assertThat(packages.get(3).path("dataGb").asInt()).isEqualTo(10);
    }

    @Test
    void refusesPackagesForAnythingButAnActiveMobileSubscription() {
        String broadband = serviceOf(ANNA, "BROADBAND", "ACTIVE");
        String terminated = serviceOf(ANNA, "MOBILE", "TERMINATED");

        as(ANNA).get("/api/v1/services/" + broadband + "/topup-packages").problem(409);
        as(ANNA).get("/api/v1/services/" + terminated + "/topup-packages").problem(409);
        as(ANNA).post("/api/v1/services/" + broadband + "/topups", key(), "{\"packageId\":\"data-1gb\"}").problem(409);
    }

    @Test
    void ordersATopUpThatRaisesThisMonthsAllowanceOnce() {
        String service = limitedMobile(KARL);
        long before = allowance(service);
        String key = key();

        ApiResponse first = as(KARL).post("/api/v1/services/" + service + "/topups", key, "{\"packageId\":\"data-3gb\"}").expect(201);
        JsonNode order = first.json();
        ApiResponse repeat = as(KARL).post("/api/v1/services/" + service + "/topups", key, "{ \"packageId\" : \"data-3gb\" }").expect(200);

        assertThat(order.path("number").asString()).matches("ORD-" + LocalDate.now(clock).getYear() + "-\\d{6}");
        assertThat(order.path("kind").asString()).isEqualTo("TOP_UP");
        assertThat(order.path("status").asString()).isEqualTo("RECEIVED");
        assertThat(order.path("serviceId").asString()).isEqualTo(service);
        assertThat(order.path("price").decimalValue()).isEqualByComparingTo("99.00");
        assertThat(order.path("createdBy").asString()).isEqualTo("Karl Berg");
        assertThat(order.path("expectedCompletion").asString()).isEqualTo(LocalDate.now(clock).toString());
        assertThat(first.header("Location")).isEqualTo("/api/v1/orders/" + order.path("id").asString());
        assertThat(repeat.json().path("id").asString()).isEqualTo(order.path("id").asString());
        assertThat(allowance(service)).isEqualTo(before + 3 * 1024);
        assertThat(as(KARL).get("/api/v1/orders/" + order.path("id").asString()).expect(200).json().path("number").asString())
                .isEqualTo(order.path("number").asString());
        assertThat(as(KARL).get("/api/v1/orders?ongoing=true&size=100").json().path("items").findValuesAsString("id"))
                .contains(order.path("id").asString());
    }

    @Test
    void refusesAnIdempotencyKeyReusedForAnotherRequest() {
        String service = limitedMobile(ANNA);
        String key = key();
        as(ANNA).post("/api/v1/services/" + service + "/topups", key, "{\"packageId\":\"data-1gb\"}").expect(201);

        as(ANNA).post("/api/v1/services/" + service + "/topups", key, "{\"packageId\":\"data-5gb\"}").problem(409);
        as(ANNA).post("/api/v1/services/" + limitedMobile(KARL) + "/topups", key, "{\"packageId\":\"data-1gb\"}").problem(409);
    }

    @Test
    void keepsIdempotencyKeysPerUser() {
        String key = key();
        String first = as(ANNA).post("/api/v1/services/" + limitedMobile(KARL) + "/topups", key, "{\"packageId\":\"data-1gb\"}")
                .expect(201).json().path("id").asString();
        String second = as(KARL).post("/api/v1/services/" + limitedMobile(KARL) + "/topups", key, "{\"packageId\":\"data-1gb\"}")
                .expect(201).json().path("id").asString();

        assertThat(second).isNotEqualTo(first);
    }

    @Test
    void answersARepeatedKeyWhoseOrderLeftTheCallersScopeWithNotFound() {
        String outsideKarls = jdbc.queryForObject("""
                select s.id from service s join mobile_detail m on m.service_id = s.id
                where s.status = 'ACTIVE' and m.plan_allowance_mb is not null and s.account_id = any(?) and not s.account_id = any(?)
                order by s.id limit 1""", String.class,
                (Object) oracle.accounts(ANNA).toArray(String[]::new), (Object) oracle.accounts(KARL).toArray(String[]::new));
        String key = key();
        as(ANNA).post("/api/v1/services/" + outsideKarls + "/topups", key, "{\"packageId\":\"data-1gb\"}").expect(201);

        String annasScope = scopeOf(ANNA);
        jdbc.update("update portal_user set scope_account_id = ? where username = ?", scopeOf(KARL), ANNA);
        try {
            as(ANNA).post("/api/v1/services/" + outsideKarls + "/topups", key, "{\"packageId\":\"data-1gb\"}").problem(404);
        } finally {
            jdbc.update("update portal_user set scope_account_id = ? where username = ?", annasScope, ANNA);
        }
    }

    @Test
    void refusesAnUnknownPackageAndAMissingKey() {
        String service = limitedMobile(ANNA);

        as(ANNA).post("/api/v1/services/" + service + "/topups", key(), "{\"packageId\":\"data-7gb\"}").invalid("packageId");
        as(ANNA).post("/api/v1/services/" + service + "/topups", key(), "{}").invalid("packageId");
        as(ANNA).post("/api/v1/services/" + service + "/topups", null, "{\"packageId\":\"data-1gb\"}").invalid("Idempotency-Key");
        as(ANNA).post("/api/v1/services/" + service + "/topups", "x".repeat(201), "{\"packageId\":\"data-1gb\"}").invalid("Idempotency-Key");
    }

    @Test
    void offersNoPackagesForAnUnlimitedPlan() {
        String unlimited = jdbc.queryForObject("""
                select s.id from service s join mobile_detail m on m.service_id = s.id
                where s.status = 'ACTIVE' and m.plan_allowance_mb is null order by s.id limit 1""", String.class);
        String user = jdbc.queryForObject("""
                select u.username from portal_user u join account scope on scope.id = u.scope_account_id
                join service s on s.id = ? join account a on a.id = s.account_id
                where a.path like scope.path || '%' and u.rights like '%ORDER_SERVICES%' limit 1""", String.class, unlimited);

        assertThat(as(user).get("/api/v1/services/" + unlimited + "/topup-packages").expect(200).json().size()).isZero();
        as(user).post("/api/v1/services/" + unlimited + "/topups", key(), "{\"packageId\":\"data-1gb\"}").invalid("packageId");
    }

    private long allowance(String service) {
        return as(ANNA).get("/api/v1/services/" + service).expect(200).json().path("mobile").path("usage").path("dataAllowanceMb").asLong();
    }

    private String limitedMobile(String user) {
        return jdbc.queryForObject("""
                select s.id from service s join mobile_detail m on m.service_id = s.id
                where s.status = 'ACTIVE' and m.plan_allowance_mb is not null and s.account_id = any(?) order by s.id limit 1""",
                String.class, (Object) oracle.accounts(user).toArray(String[]::new));
    }

    private String serviceOf(String user, String kind, String status) {
        return jdbc.queryForObject("select id from service where kind = ? and status = ? and account_id = any(?) order by id limit 1",
                String.class, kind, status, oracle.accounts(user).toArray(String[]::new));
    }

    private String scopeOf(String user) {
        return jdbc.queryForObject("select scope_account_id from portal_user where username = ?", String.class, user);
    }

    private static String key() {
        return UUID.randomUUID().toString();
    }
}
