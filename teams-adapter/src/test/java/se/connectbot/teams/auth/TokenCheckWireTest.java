package se.connectbot.teams.auth;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.junit.jupiter.api.Test;
import se.connectbot.teams.testing.Activities;
import se.connectbot.teams.testing.TeamsWireTest;

/** Every way a request to /api/messages can be forged is a 401 that never reaches the core. */
class TokenCheckWireTest extends TeamsWireTest {

    private JsonNode hello() {
        return activities.personal(Activities.ANNA, "hjälp", "sv-SE");
    }

    @Test
    void aGoodTokenReachesTheCore() {
        assertThat(send(hello()).statusCode()).isEqualTo(200);
        assertThat(awaitInbound().user().userId()).isEqualTo(Activities.ANNA);
    }

    @Test
    void noTokenIsRefused() {
        assertRefused(teams.send(hello(), null));
        assertRefused(teams.sendRaw(hello().toString(), "Basic YWxhZGRpbjpvcGVuc2VzYW1l"));
    }

    @Test
    void aMalformedTokenIsRefused() {
        assertRefused(teams.send(hello(), "not.a.jwt"));
        assertRefused(teams.send(hello(), "eyJhbGciOiJub25lIn0.eyJpc3MiOiJ4In0."));
    }

    @Test
    void anExpiredTokenIsRefusedPastTheFiveMinutesOfSkew() {
        JsonNode activity = hello();
        String url = activity.path("serviceUrl").asText();
        assertRefused(teams.send(activity, microsoft.token(url, b -> b.expirationTime(Date.from(Instant.now().minus(Duration.ofMinutes(6)))))));
        assertRefused(teams.send(activity, microsoft.token(url, b -> b.notBeforeTime(Date.from(Instant.now().plus(Duration.ofMinutes(6)))))));
    }

    @Test
    void aTokenWithinTheSkewIsAccepted() {
        JsonNode activity = hello();
        String url = activity.path("serviceUrl").asText();
        var response = teams.send(activity, microsoft.token(url, b -> b.expirationTime(Date.from(Instant.now().minus(Duration.ofMinutes(4))))));
        assertThat(response.statusCode()).isEqualTo(200);
        awaitInbound(); // and not in the next test's engine
    }

    @Test
    void aTokenForAnotherBotIsRefused() {
        JsonNode activity = hello();
        assertRefused(teams.send(activity, microsoft.token(activity.path("serviceUrl").asText(), b -> b.audience("someone-elses-app-id"))));
    }

    @Test
    void aTokenFromAnotherIssuerIsRefused() {
        JsonNode activity = hello();
        assertRefused(teams.send(activity, microsoft.token(activity.path("serviceUrl").asText(),
                b -> b.issuer("https://sts.windows.net/attacker/"))));
    }

    @Test
    void aTokenSignedByAnUnknownKeyIsRefused() {
        JsonNode activity = hello();
        assertRefused(teams.send(activity, microsoft.tokenWithUnknownKey(activity.path("serviceUrl").asText())));
    }

    @Test
    void aTokenSignedByAStrangerUnderTheRealKeyIdIsRefused() {
        JsonNode activity = hello();
        assertRefused(teams.send(activity, microsoft.tokenSignedByStranger(activity.path("serviceUrl").asText())));
    }

    @Test
    void aKeyNotEndorsedForTeamsIsRefused() {
        JsonNode activity = hello();
        assertRefused(teams.send(activity, microsoft.tokenFromOtherChannelKey(activity.path("serviceUrl").asText())));
    }

    @Test
    void anActivityOfAnotherChannelSignedWithAKeyAlsoEndorsedForTeamsIsRefused() {
        // Microsoft's keys are endorsed for several channels; in Web Chat or Direct Line the client writes
        // from.id and channelData itself, and could name any Teams user and tenant
        JsonNode activity = hello();
        ((com.fasterxml.jackson.databind.node.ObjectNode) activity).put("channelId", "webchat");
        assertRefused(teams.send(activity, microsoft.token(activity.path("serviceUrl").asText())));
    }

    @Test
    void aTokenForAnotherServiceUrlIsRefused() {
        JsonNode activity = hello();
        // a good token, but the activity asks for our replies (and connector token) to go elsewhere
        ((com.fasterxml.jackson.databind.node.ObjectNode) activity).put("serviceUrl", "https://attacker.example/");
        assertRefused(teams.send(activity, microsoft.token(microsoft.serviceUrl())));
        assertThat(microsoft.server().getAllServeEvents()).noneMatch(e -> e.getRequest().getUrl().contains("attacker"));
    }

    @Test
    void aTokenWithoutServiceUrlClaimIsRefused() {
        JsonNode activity = hello();
        assertRefused(teams.send(activity, microsoft.token(activity.path("serviceUrl").asText(), b -> b.claim("serviceurl", null))));
    }

    @Test
    void aBodyThatIsNoActivityIsRefusedWithoutReachingTheCore() {
        assertThat(teams.sendRaw("{not json", "Bearer " + microsoft.token(microsoft.serviceUrl())).statusCode()).isEqualTo(401);
        assertThat(engine.received()).isEmpty();
    }

    private void assertRefused(HttpResponse<String> response) {
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.body()).isEmpty();
        try {
            Thread.sleep(150);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        assertThat(engine.received()).isEmpty();
    }
}
