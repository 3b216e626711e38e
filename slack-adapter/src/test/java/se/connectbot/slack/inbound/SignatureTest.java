package se.connectbot.slack.inbound;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.connectbot.core.chat.Inbound;
import se.connectbot.slack.testing.FakeSlack;
import se.connectbot.slack.testing.SignedRequests;
import se.connectbot.slack.testing.SlackWireTest;

class SignatureTest extends SlackWireTest {

    private static final String FORM = "application/x-www-form-urlencoded";

    @Test
    void requestWithABadSignatureIsRefusedAndNeverReachesTheCore() throws InterruptedException {
        String body = SignedRequests.form(SignedRequests.slashCommand(FakeSlack.TEAM, "C0GENERAL", FakeSlack.SWEDE,
                "status", "trigger-bad", slack.responseUrl("bad")));
        long now = Instant.now().getEpochSecond();
        String forged = new SignedRequests("not-the-secret").sign(now, body);

        HttpResponse<String> response = requests.send(body, FORM, now, forged, Map.of());

        assertThat(response.statusCode()).isEqualTo(401);
        Thread.sleep(500);
        assertThat(engine.received()).isEmpty();
        assertThat(slack.requestsTo("/hooks/bad")).isEmpty();
    }

    @Test
    void bodyChangedAfterSigningIsRefused() {
        String body = SignedRequests.form(SignedRequests.slashCommand(FakeSlack.TEAM, "C0GENERAL", FakeSlack.SWEDE,
                "status", "trigger-tampered", slack.responseUrl("tampered")));
        long now = Instant.now().getEpochSecond();
        String signature = requests.sign(now, body);

        HttpResponse<String> response = requests.send(body.replace("status", "topup"), FORM, now, signature, Map.of());

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(engine.received()).isEmpty();
    }

    @Test
    void correctlySignedButStaleRequestIsRefused() throws InterruptedException {
        String body = SignedRequests.form(SignedRequests.slashCommand(FakeSlack.TEAM, "C0GENERAL", FakeSlack.SWEDE,
                "status", "trigger-stale", slack.responseUrl("stale")));
        long sixMinutesAgo = Instant.now().minus(Duration.ofMinutes(6)).getEpochSecond();

        HttpResponse<String> response = requests.send(body, FORM, sixMinutesAgo, null, Map.of());

        assertThat(response.statusCode()).isEqualTo(401);
        Thread.sleep(500);
        assertThat(engine.received()).isEmpty();
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "stamped {0} s ahead")
    // 330 s, not 301: the seconds the request spends on its way would bring a 301 back inside the window.
    @org.junit.jupiter.params.provider.ValueSource(longs = {330, 3_600, 365L * 24 * 3_600})
    void correctlySignedRequestStampedInTheFutureIsRefused(long secondsAhead) throws InterruptedException {
        String trigger = "trigger-future-" + secondsAhead;
        String body = SignedRequests.form(SignedRequests.slashCommand(FakeSlack.TEAM, "C0GENERAL", FakeSlack.SWEDE,
                "status", trigger, slack.responseUrl("future-" + secondsAhead)));
        long ahead = Instant.now().getEpochSecond() + secondsAhead;

        HttpResponse<String> response = requests.send(body, FORM, ahead, null, Map.of());

        assertThat(response.statusCode()).isEqualTo(401);
        Thread.sleep(300);
        assertThat(engine.received()).isEmpty();
    }

    @Test
    void correctlySignedRequestAFewSecondsAheadOfOurClockIsServed() {
        String body = SignedRequests.form(SignedRequests.slashCommand(FakeSlack.TEAM, "C0GENERAL", FakeSlack.SWEDE,
                "status", "trigger-skewed", slack.responseUrl("skewed")));

        HttpResponse<String> response = requests.send(body, FORM, Instant.now().getEpochSecond() + 30, null, Map.of());

        assertThat(response.statusCode()).isEqualTo(200);
        org.awaitility.Awaitility.await().until(() -> !engine.received().isEmpty());
    }

    @Test
    void requestWithoutSignatureHeadersIsRefused() {
        HttpResponse<String> response = requests.send("command=%2Fconnect&text=status", FORM, 0, "", Map.of());

        assertThat(response.statusCode()).isEqualTo(401);
    }

    /** Trap 5: a body re-encoded from parsed fields would no longer match its signature. */
    @Test
    void signatureIsCheckedOverTheRawBodyEvenWithCharactersThatFormEncodingRewrites() {
        String raw = "token=x&team_id=" + FakeSlack.TEAM + "&channel_id=C0GENERAL&user_id=" + FakeSlack.SWEDE
                + "&command=%2Fconnect&text=status+~*0701234567*~+%C3%A5%C3%A4%C3%B6&response_url="
                + slack.responseUrl("raw").replace(":", "%3A").replace("/", "%2F") + "&trigger_id=trigger-raw";

        HttpResponse<String> response = requests.send(raw, FORM);

        assertThat(response.statusCode()).isEqualTo(200);
        org.awaitility.Awaitility.await().until(() -> !engine.received().isEmpty());
        assertThat(engine.received().get(0).payload()).isEqualTo(new Inbound.Text("status ~*0701234567*~ åäö"));
    }
}
