package se.connectbot.discord.inbound;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.stubbing.Scenario;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import net.dv8tion.jda.api.utils.data.DataObject;
import org.junit.jupiter.api.Test;
import se.connectbot.core.chat.Inbound;
import se.connectbot.core.reply.Block;
import se.connectbot.core.reply.Reply;
import se.connectbot.discord.testing.DiscordWireTest;
import se.connectbot.discord.testing.FakeDiscord;
import se.connectbot.discord.testing.Interactions;
import se.connectbot.discord.testing.Interactions.Person;

/** What goes wrong on the way: repeats, rate limits, a spent token, a portal outage, a dropped gateway. */
class RobustnessTest extends DiscordWireTest {

    private static final String ORIGINAL = "webhooks/" + FakeDiscord.APPLICATION + "/.*/messages/@original";

    @Test
    void aRepeatedInteractionRunsOnce() {
        DataObject interaction = Interactions.slash(Person.swede("2200000000000000001"), "overview");
        push(interaction);
        push(interaction);

        awaitRequests("PATCH", ORIGINAL, 1);
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).until(() -> engine.received().size() == 1);
        assertThat(discord.requests("PATCH", ORIGINAL)).hasSize(1);
    }

    /**
     * Two instances on one shard both get every interaction (Discord sends a shard's events to each
     * of its sessions); the second's deferral is refused with 40060. Whichever instance's claim wins
     * must answer in the deferred reply the other made, not as a message of its own beside a reply
     * left "thinking" until it fails.
     */
    @Test
    void anInteractionAnotherInstanceAcknowledgedIsAnsweredInItsDeferredReply() {
        discord.rest().stubFor(post(urlPathMatching(FakeDiscord.API + "interactions/.*/callback")).atPriority(1)
                .willReturn(aResponse().withStatus(400).withHeader("Content-Type", "application/json")
                        .withBody("{\"code\":40060,\"message\":\"Interaction has already been acknowledged.\"}")));

        push(Interactions.slash(Person.swede("2200000000000000009"), "overview"));

        DataObject edit = payload(awaitRequests("PATCH", ORIGINAL, 1).getFirst());
        assertThat(edit.getArray("embeds").getObject(0).getString("description")).contains("echo:");
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3)).until(() -> engine.received().size() == 1);
        assertThat(discord.requests("POST", "users/@me/channels")).as("no direct message instead").isEmpty();
        assertThat(discord.requests("POST", "channels/[0-9]+/messages")).as("no message of its own").isEmpty();
    }

    @Test
    void aRateLimitedEditIsSentAgainAfterRetryAfterByJda() {
        discord.rest().stubFor(patch(urlPathMatching(FakeDiscord.API + ORIGINAL)).inScenario("429").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(429).withHeader("Content-Type", "application/json").withHeader("Retry-After", "1")
                        .withHeader("X-RateLimit-Limit", "5").withHeader("X-RateLimit-Remaining", "0")
                        .withHeader("X-RateLimit-Reset-After", "1").withHeader("X-RateLimit-Bucket", "fake-bucket")
                        .withBody("{\"message\":\"You are being rate limited.\",\"retry_after\":1.0,\"global\":false}"))
                .willSetStateTo("served"));
        discord.rest().stubFor(patch(urlPathMatching(FakeDiscord.API + ORIGINAL)).inScenario("429").whenScenarioStateIs("served")
                .willReturn(FakeDiscord.json(FakeDiscord.message(FakeDiscord.CHANNEL).toString())));

        push(Interactions.slash(Person.english("2200000000000000002"), "orders"));

        var edits = awaitRequests("PATCH", ORIGINAL, 2);
        long waited = edits.get(1).getLoggedDate().getTime() - edits.get(0).getLoggedDate().getTime();
        assertThat(waited).as("JDA waited for Retry-After").isGreaterThanOrEqualTo(900);
        assertThat(payload(edits.get(1)).getArray("embeds").getObject(0).getString("description")).contains("orders");
    }

    @Test
    void pastTheInteractionsTokenThePrivateAnswerComesAsADirectMessage() {
        discord.rest().stubFor(patch(urlPathMatching(FakeDiscord.API + ORIGINAL)).willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", "application/json").withBody("{\"code\":10015,\"message\":\"Unknown Webhook\"}")));

        push(Interactions.slash(Person.swede("2200000000000000003"), "invoices", "filter", "obetalda"));

        awaitRequests("POST", "users/@me/channels", 1);
        DataObject dm = payload(awaitRequests("POST", "channels/" + FakeDiscord.DM_CHANNEL + "/messages", 1).getFirst());
        assertThat(dm.getArray("embeds").getObject(0).getString("description")).contains("fakturor obetalda");
        assertThat(dm.getObject("allowed_mentions").getArray("parse").length()).isZero();
        assertThat(discord.requests("POST", "channels/" + FakeDiscord.CHANNEL + "/messages")).as("never in the channel").isEmpty();
    }

    @Test
    void whileThePortalIsDownTheSameClickMayBeTriedAgainAtOnce() {
        AtomicInteger calls = new AtomicInteger();
        engine.answer(inbound -> calls.incrementAndGet() == 1
                ? Reply.of(new Block.Text("Portalen svarar inte just nu. Försök igen om en stund.", Block.Tone.ERROR)).privately()
                : Reply.of(new Block.Text("Påfyllningen är beställd.", Block.Tone.SUCCESS)).privately());
        Person anna = Person.swede("2200000000000000004");
        String confirm = "a|0|topup.confirm|dialog-42";

        String message = FakeDiscord.snowflake();
        push(Interactions.button(anna, confirm, message));
        awaitRequests("PATCH", ORIGINAL, 1);
        push(Interactions.button(anna, confirm, message));

        List<?> edits = awaitRequests("PATCH", ORIGINAL, 2);
        assertThat(edits).hasSize(2);
        assertThat(engine.received()).extracting(Inbound::payload)
                .containsExactly(new Inbound.Action("topup.confirm", "dialog-42"), new Inbound.Action("topup.confirm", "dialog-42"));
        assertThat(payload(discord.requests("PATCH", ORIGINAL).get(1)).getArray("embeds").getObject(0).getString("description"))
                .isEqualTo("Påfyllningen är beställd.");
    }

    @Test
    void aDoubleClickRunsOnce() {
        Person karl = Person.english("2200000000000000005");
        String message = FakeDiscord.snowflake();
        push(Interactions.button(karl, "a|0|topup.confirm|dialog-43", message));
        push(Interactions.button(karl, "a|0|topup.confirm|dialog-43", message));

        awaitRequests("PATCH", ORIGINAL, 1);
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).until(() -> engine.received().size() == 1);
    }

    @Test
    void aDirectMessageToTheBotIsAnsweredInTheDirectConversation() {
        discord.gateway().push("MESSAGE_CREATE", Interactions.directMessage(Person.swede("2200000000000000006").direct(), "hjälp"));

        DataObject answer = payload(awaitRequests("POST", "channels/" + FakeDiscord.DM_CHANNEL + "/messages", 1).getFirst());
        assertThat(answer.getArray("embeds").getObject(0).getString("description")).contains("hjälp");
        Inbound inbound = engine.received().getFirst();
        assertThat(inbound.conversation().shared()).isFalse();
        assertThat(inbound.conversation().workspaceId()).isEqualTo("@me");
    }

    @Test
    void afterTheGatewayDropsTheConnectionJdaResumesAndInteractionsStillArrive() {
        int resumes = discord.gateway().resumes();
        discord.gateway().drop();
        await().atMost(Duration.ofSeconds(30)).until(() -> discord.gateway().resumes() > resumes && discord.gateway().connected());

        push(Interactions.slash(Person.english("2200000000000000007"), "help"));
        awaitRequests("PATCH", ORIGINAL, 1);
        assertThat(engine.received()).hasSize(1);
    }
}
