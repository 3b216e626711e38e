package se.connectbot.discord;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.stubbing.Scenario;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import net.dv8tion.jda.api.utils.data.DataObject;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.connectbot.core.dispatch.InboundDispatch;
import se.connectbot.discord.deliver.ReplyDelivery;
import se.connectbot.discord.deliver.Stash;
import se.connectbot.discord.inbound.CommandText;
import se.connectbot.discord.inbound.DiscordListener;
import se.connectbot.discord.testing.DiscordWireTest;
import se.connectbot.discord.testing.FakeDiscord;
import se.connectbot.discord.testing.Interactions;
import se.connectbot.discord.testing.Interactions.Person;

/**
 * Two instances of the bot both running shard 0 of 1 (the default, {@code DISCORD_SHARDS} unset):
 * Discord sends every interaction to both sessions and refuses the later deferral with 40060. The
 * second instance here is a second gateway session with a listener of its own on the same
 * database. Each interaction is answered once, in the reply that was deferred.
 */
class TwoInstancesOnOneShardTest extends DiscordWireTest {

    private static final String ORIGINAL = "webhooks/" + FakeDiscord.APPLICATION + "/.*/messages/@original";
    private static final int INTERACTIONS = 10;

    @Autowired
    InboundDispatch dispatch;
    @Autowired
    ReplyDelivery delivery;
    @Autowired
    Stash stash;
    @Autowired
    CommandText commands;
    @Autowired
    DiscordSettings settings;

    @Test
    void eachInteractionBothInstancesGetIsAnsweredOnceInItsDeferredReply() throws InterruptedException {
        AtomicReference<DiscordShards> secondShards = new AtomicReference<>();
        DiscordListener secondListener = new DiscordListener(dispatch, delivery, stash, commands, () -> secondShards.get().any(),
                settings.maxUploadSize(), null);
        DiscordShards second = new DiscordShards(settings, secondListener, commands);
        secondShards.set(second);
        int identifiedBefore = discord.gateway().identifies();
        second.start();
        try {
            second.any().awaitReady();
            await().atMost(Duration.ofSeconds(20)).until(() -> discord.gateway().identifies() > identifiedBefore);

            List<DataObject> interactions = new ArrayList<>();
            for (int i = 0; i < INTERACTIONS; i++) {
                DataObject interaction = Interactions.slash(Person.swede("23000000000000000" + (10 + i)), "overview");
                deferOnceThenRefuse(interaction);
                interactions.add(interaction);
            }
            interactions.forEach(interaction -> discord.gateway().push("INTERACTION_CREATE", interaction));

            await().atMost(Duration.ofSeconds(20)).until(() -> discord.requests("POST", "interactions/.*/callback").size()
                    == 2 * INTERACTIONS);
            await().atMost(Duration.ofSeconds(20)).until(() -> discord.requests("PATCH", ORIGINAL).size() >= INTERACTIONS);
            await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(5))
                    .until(() -> engine.received().size() == INTERACTIONS && discord.requests("PATCH", ORIGINAL).size() == INTERACTIONS);
            assertThat(discord.requests("POST", "users/@me/channels")).as("no direct message instead").isEmpty();
            assertThat(discord.requests("POST", "channels/[0-9]+/messages")).as("no message of the bot's own").isEmpty();
        } finally {
            second.stop();
        }
    }

    /** As Discord: the first deferral of the interaction is taken, any later one refused as already acknowledged. */
    private static void deferOnceThenRefuse(DataObject interaction) {
        String path = FakeDiscord.API + "interactions/" + interaction.getString("id") + "/" + interaction.getString("token") + "/callback";
        String scenario = "defer-" + interaction.getString("id");
        discord.rest().stubFor(post(urlPathEqualTo(path)).atPriority(1).inScenario(scenario).whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(204)).willSetStateTo("deferred"));
        discord.rest().stubFor(post(urlPathEqualTo(path)).atPriority(1).inScenario(scenario).whenScenarioStateIs("deferred")
                .willReturn(aResponse().withStatus(400).withHeader("Content-Type", "application/json")
                        .withBody("{\"code\":40060,\"message\":\"Interaction has already been acknowledged.\"}")));
    }
}
