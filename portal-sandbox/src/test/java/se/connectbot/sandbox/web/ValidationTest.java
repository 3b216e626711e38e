package se.connectbot.sandbox.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import se.connectbot.sandbox.PortalApiTest;
import tools.jackson.databind.JsonNode;

/** Bad input of every sort answers a problem naming what was wrong, never a 500. */
class ValidationTest extends PortalApiTest {

    @Test
    void refusesAnUnknownEnumValueNamingTheChoices() {
        JsonNode problem = as(ANNA).get("/api/v1/services?status=SLEEPING").invalid("status");

        assertThat(problem.path("errors").get(0).path("message").asString()).contains("ACTIVE, PENDING, TERMINATED", "SLEEPING");
        assertThat(problem.path("type").asString()).isEqualTo("https://connectbot.se/problems/invalid-input");
        assertThat(problem.path("instance").asString()).isEqualTo("/api/v1/services");
        as(ANNA).get("/api/v1/services?kind=FAX").invalid("kind");
        as(ANNA).get("/api/v1/invoices?status=LOST").invalid("status");
        as(ANNA).get("/api/v1/reports/EVERYTHING").invalid("kind");
    }

    @Test
    void refusesPagesAndSizesOutOfRange() {
        for (String list : List.of("/api/v1/services", "/api/v1/orders", "/api/v1/invoices", "/api/v1/tickets")) {
            as(ANNA).get(list + "?page=-1").invalid("page");
            as(ANNA).get(list + "?size=1000").invalid("size");
            as(ANNA).get(list + "?size=0").invalid("size");
            as(ANNA).get(list + "?page=abc").invalid("page");
        }
        as(ANNA).get("/api/v1/reports/SERVICES?size=5001").invalid("size");
    }

    @Test
    void refusesGarbledCursors() {
        as(ANNA).get("/api/v1/reports/SERVICES?cursor=***").invalid("cursor");
        as(ANNA).get("/api/v1/reports/SERVICES?cursor=bm90LWEtY3Vyc29y").invalid("cursor");
        as(ANNA).get("/api/v1/outages/changes?cursor=abc").invalid("cursor");
    }

    @Test
    void refusesUnreadableBodiesAndMissingKeys() {
        String service = jdbc.queryForObject("select id from service where kind = 'MOBILE' order by id limit 1", String.class);

        as(ANNA).post("/api/v1/services/" + service + "/topups", "k-1", "{\"packageId\":").invalid("body");
        as(ANNA).post("/api/v1/services/" + service + "/topups", "k-2", "").invalid("body");
        as(ANNA).post("/api/v1/services/" + service + "/topups", "k-3", "{\"packageId\":[1,2]}").invalid("packageId");
        as(ANNA).post("/api/v1/tickets", null, "{\"category\":\"OTHER\",\"title\":\"Hej\",\"message\":\"Hej\"}").invalid("Idempotency-Key");
        as(ANNA).post("/api/v1/tickets", "with space", "{\"category\":\"OTHER\",\"title\":\"Hej\",\"message\":\"Hej\"}")
                .invalid("Idempotency-Key");
    }

    @Test
    void refusesBadFiltersNamingThem() {
        as(ANNA).get("/api/v1/services?sort=price").invalid("sort");
        as(ANNA).get("/api/v1/services?phoneNumber=12345").invalid("phoneNumber");
        as(ANNA).get("/api/v1/services?q=" + "x".repeat(201)).invalid("q");
        as(ANNA).get("/api/v1/services?includeSubAccounts=maybe").invalid("includeSubAccounts");
    }

    @Test
    void refusesControlCharactersAndMalformedIdsBeforeTheDatabaseSeesThem() {
        String nulCursor = Base64.getUrlEncoder().encodeToString("report-SERVICES|svc\u0000".getBytes(StandardCharsets.UTF_8));

        as(ANNA).perform(MockMvcRequestBuilders.get("/api/v1/services").param("q", "Göte\u0000borg")).invalid("q");
        as(ANNA).post("/api/v1/tickets", "k-nul", "{\"category\":\"OTHER\",\"title\":\"Hej\\u0000\",\"message\":\"Hej\"}")
                .invalid("title");
        as(ANNA).get("/api/v1/services/svc 1").invalid("serviceId");
        as(ANNA).get("/api/v1/reports/SERVICES?cursor=" + nulCursor).invalid("cursor");
    }

    @Test
    void answersWrongMethodsMediaTypesAndPathsWithProblems() {
        as(ANNA).perform(MockMvcRequestBuilders.delete("/api/v1/services")).problem(405);
        as(ANNA).perform(MockMvcRequestBuilders.post("/api/v1/tickets").header("Idempotency-Key", "k")
                .contentType(MediaType.TEXT_PLAIN).content("hej")).problem(415);
        as(ANNA).get("/api/v1/nothing-here").problem(404);
    }
}
