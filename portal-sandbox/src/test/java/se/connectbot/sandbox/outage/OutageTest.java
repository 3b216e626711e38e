package se.connectbot.sandbox.outage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import se.connectbot.sandbox.ApiCalls;
import se.connectbot.sandbox.PortalApiTest;
import tools.jackson.databind.JsonNode;

class OutageTest extends PortalApiTest {

    private static final String NEW_FIXED = """
            {"title":"Fiberavbrott i Lund","description":"Grävskada vid Clemenstorget.","kind":"FIXED","networks":[],
             "severity":"CRITICAL","municipalities":["Lund"],"postcodes":["22222","222 23"]}""";

    private ApiCalls operator() {
        return asClient("connect-operator", "outages.write");
    }

    private ApiCalls bot() {
        return asClient("connect-bot", "operations.read");
    }

    @Test
    void listsActiveOutagesMostSevereFirst() {
        JsonNode outages = bot().get("/api/v1/outages").expect(200).json();

        assertThat(outages.size()).isPositive();
        List<String> severities = new ArrayList<>();
        outages.forEach(outage -> {
            assertThat(outage.path("status").asString()).isEqualTo("ACTIVE");
            severities.add(outage.path("severity").asString());
        });
        List<String> order = List.of("CRITICAL", "MAJOR", "MINOR");
        assertThat(severities).isSortedAccordingTo((a, b) -> order.indexOf(a) - order.indexOf(b));
    }

    @Test
    void filtersByAreaNetworkKindAndRecency() {
        String postcode = jdbc.queryForObject(
                "select postcodes[1] from outage where status = 'ACTIVE' and kind = 'FIXED' order by id limit 1", String.class);

        assertThat(as(ANNA).get("/api/v1/outages?postcode=" + postcode.replace(" ", "")).expect(200).json().size()).isPositive();
        assertThat(bot().get("/api/v1/outages?postcode=" + postcode).json().get(0).path("postcodes").toString()).contains(postcode);
        assertThat(bot().get("/api/v1/outages?municipality=östersund").json().get(0).path("municipalities").toString()).contains("Östersund");
        bot().get("/api/v1/outages?network=G5").json()
                .forEach(outage -> assertThat(outage.path("networks").toString()).contains("G5"));
        bot().get("/api/v1/outages?kind=MOBILE").json()
                .forEach(outage -> assertThat(outage.path("kind").asString()).isEqualTo("MOBILE"));
        JsonNode resolved = bot().get("/api/v1/outages?status=RESOLVED&recentDays=30").json();
        assertThat(resolved.size()).isPositive();
        resolved.forEach(outage -> assertThat(outage.path("resolvedAt").isNull()).isFalse());
        assertThat(bot().get("/api/v1/outages?recentDays=30").json().size()).isEqualTo(
                bot().get("/api/v1/outages").json().size() + resolved.size());
    }

    @Test
    void feedsEveryChangeOfAnOutageToAPoller() {
        String cursor = bot().get("/api/v1/outages/changes").expect(200).json().path("nextCursor").asString();
        assertThat(bot().get("/api/v1/outages/changes?cursor=" + cursor).json().path("changes").size()).isZero();

        JsonNode created = operator().post("/api/v1/operator/outages", UUID.randomUUID().toString(), NEW_FIXED).expect(201).json();
        String id = created.path("id").asString();
        assertThat(created.path("version").asLong()).isEqualTo(1);
        assertThat(created.path("postcodes").toString()).isEqualTo("[\"222 22\",\"222 23\"]");
        JsonNode feed = bot().get("/api/v1/outages/changes?cursor=" + cursor).expect(200).json();
        assertThat(feed.path("changes").findValuesAsString("id")).containsExactly(id);
        String afterCreate = feed.path("nextCursor").asString();

        JsonNode updated = operator().patch("/api/v1/operator/outages/" + id,
                "{\"severity\":\"MAJOR\",\"update\":\"Skarvning pågår.\"}").expect(200).json();
        assertThat(updated.path("version").asLong()).isEqualTo(2);
        assertThat(updated.path("updates").get(0).path("text").asString()).isEqualTo("Skarvning pågår.");
        JsonNode resolved = operator().post("/api/v1/operator/outages/" + id + "/resolve", UUID.randomUUID().toString(),
                "{\"update\":\"Åtgärdat.\"}").expect(200).json();
        assertThat(resolved.path("status").asString()).isEqualTo("RESOLVED");
        assertThat(resolved.path("version").asLong()).isEqualTo(3);

        JsonNode later = as(ANNA).get("/api/v1/outages/changes?cursor=" + afterCreate).expect(200).json();
        assertThat(later.path("changes").size()).isEqualTo(1);
        assertThat(later.path("changes").get(0).path("version").asLong()).isEqualTo(3);
        assertThat(later.path("changes").get(0).path("updates").size()).isEqualTo(2);
        assertThat(bot().get("/api/v1/outages/" + id).json().path("status").asString()).isEqualTo("RESOLVED");
    }

    @Test
    void handsOutChangesOldestFirstEachOutageOnce() {
        String cursor = bot().get("/api/v1/outages/changes").json().path("nextCursor").asString();
        String first = operator().post("/api/v1/operator/outages", UUID.randomUUID().toString(), NEW_FIXED).json().path("id").asString();
        String second = operator().post("/api/v1/operator/outages", UUID.randomUUID().toString(), NEW_FIXED).json().path("id").asString();
        operator().patch("/api/v1/operator/outages/" + first, "{\"update\":\"Ny information.\"}").expect(200);

        JsonNode changes = bot().get("/api/v1/outages/changes?cursor=" + cursor).json().path("changes");

        assertThat(changes.findValuesAsString("id")).containsExactly(second, first);
    }

    @Test
    void resolvesIdempotentlyAndRefusesToChangeAResolvedOutage() {
        String id = operator().post("/api/v1/operator/outages", UUID.randomUUID().toString(), NEW_FIXED).json().path("id").asString();
        String key = UUID.randomUUID().toString();

        JsonNode first = operator().post("/api/v1/operator/outages/" + id + "/resolve", key, "{\"update\":\"Klart.\"}").expect(200).json();
        JsonNode retry = operator().post("/api/v1/operator/outages/" + id + "/resolve", key, "{\"update\":\"Klart.\"}").expect(200).json();
        JsonNode again = operator().post("/api/v1/operator/outages/" + id + "/resolve", UUID.randomUUID().toString(), "{}").expect(200).json();

        assertThat(retry.path("updates").size()).isEqualTo(1);
        assertThat(again.path("version").asLong()).isEqualTo(first.path("version").asLong());
        operator().patch("/api/v1/operator/outages/" + id, "{\"update\":\"Mer.\"}").problem(409);
        operator().post("/api/v1/operator/outages/" + id + "/resolve", key, "{\"update\":\"Annat.\"}").problem(409);
    }

    @Test
    void publishesOnceForARepeatedKey() {
        String key = UUID.randomUUID().toString();
        JsonNode first = operator().post("/api/v1/operator/outages", key, NEW_FIXED).expect(201).json();
        JsonNode again = operator().post("/api/v1/operator/outages", key, NEW_FIXED).expect(200).json();

        assertThat(again.path("id").asString()).isEqualTo(first.path("id").asString());
        operator().post("/api/v1/operator/outages", key, NEW_FIXED.replace("Lund\"]", "Malmö\"]")).problem(409);
    }

    @Test
    void refusesOutagesThatDoNotHoldTogether() {
        String mobileWithoutNetworks = NEW_FIXED.replace("\"FIXED\"", "\"MOBILE\"");
        String fixedWithNetworks = NEW_FIXED.replace("\"networks\":[]", "\"networks\":[\"G4\"]");
        String nowhere = NEW_FIXED.replace("[\"Lund\"]", "[]").replace("[\"22222\",\"222 23\"]", "[]");

        operator().post("/api/v1/operator/outages", UUID.randomUUID().toString(), mobileWithoutNetworks).invalid("networks");
        operator().post("/api/v1/operator/outages", UUID.randomUUID().toString(), fixedWithNetworks).invalid("networks");
        operator().post("/api/v1/operator/outages", UUID.randomUUID().toString(), nowhere).invalid("municipalities");
        operator().post("/api/v1/operator/outages", UUID.randomUUID().toString(), NEW_FIXED.replace("22222", "2222")).invalid("postcodes[0]");
        operator().post("/api/v1/operator/outages", UUID.randomUUID().toString(), NEW_FIXED.replace("CRITICAL", "HUGE")).invalid("severity");
        operator().post("/api/v1/operator/outages", UUID.randomUUID().toString(), "{\"title\":\"x\"}").invalid("kind");
        String id = operator().post("/api/v1/operator/outages", UUID.randomUUID().toString(), NEW_FIXED).json().path("id").asString();
        operator().patch("/api/v1/operator/outages/" + id, "{}").invalid("body");
        operator().patch("/api/v1/operator/outages/out-nope", "{\"update\":\"x\"}").problem(404);
    }

    @Test
    void refusesAGarbledOrUnknownCursor() {
        String future = Base64.getUrlEncoder().withoutPadding().encodeToString("outages|999999999".getBytes(StandardCharsets.UTF_8));

        bot().get("/api/v1/outages/changes?cursor=not-a-cursor!").invalid("cursor");
        bot().get("/api/v1/outages/changes?cursor=" + future).invalid("cursor");
        bot().get("/api/v1/outages/changes?cursor=" + Base64.getUrlEncoder().encodeToString("reports|5".getBytes(StandardCharsets.UTF_8)))
                .invalid("cursor");
    }

    @Test
    void refusesBadFilters() {
        bot().get("/api/v1/outages?postcode=4110").invalid("postcode");
        bot().get("/api/v1/outages?network=6G").invalid("network");
        bot().get("/api/v1/outages?recentDays=0").invalid("recentDays");
        bot().get("/api/v1/outages?recentDays=91").invalid("recentDays");
        bot().get("/api/v1/outages/out-nope").problem(404);
    }
}
