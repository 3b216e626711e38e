package se.connectbot.discord.inbound;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import net.dv8tion.jda.api.utils.data.DataObject;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.connectbot.core.chat.Inbound;
import se.connectbot.core.dispatch.ReplySender;
import se.connectbot.core.dispatch.Resumable;
import se.connectbot.core.dispatch.ResumableSenders;
import se.connectbot.core.i18n.Language;
import se.connectbot.core.reply.Reply;
import se.connectbot.discord.testing.DiscordWireTest;
import se.connectbot.discord.testing.FakeDiscord;

/** Work another instance accepted and did not finish, picked up from what was stored: the deferred reply is edited, or past its token a DM. */
class ResumeTest extends DiscordWireTest {

    @Autowired
    ResumableSenders.Factory resumer;

    @Test
    void aResumedTurnEditsTheDeferredReplyOfTheStoredToken() {
        ResumableSenders.Resumed resumed = resume("5000000000000000001", "token-of-a-dead-instance");

        Inbound inbound = resumed.inbound().get();
        assertThat(inbound.conversation().workspaceId()).isEqualTo(FakeDiscord.GUILD);
        assertThat(inbound.locale()).isEqualTo(Locale.forLanguageTag("sv-SE"));
        assertThat(inbound.names().user()).isEqualTo("Anna Lindqvist");
        resumed.sender().send(Reply.text("Svar efter övertagande"), Language.SV, ReplySender.Kind.ANSWER);

        DataObject edit = payload(awaitRequests("PATCH", "webhooks/" + FakeDiscord.APPLICATION + "/token-of-a-dead-instance/messages/@original", 1)
                .getFirst());
        assertThat(edit.getArray("embeds").getObject(0).getString("description")).isEqualTo("Svar efter övertagande");
        assertThat(edit.getObject("allowed_mentions").getArray("parse").length()).isZero();
    }

    @Test
    void aResumedTurnPastItsTokenAnswersPrivatelyInADirectMessage() {
        discord.rest().stubFor(patch(urlPathMatching(FakeDiscord.API + "webhooks/.*/messages/@original")).willReturn(aResponse().withStatus(401)
                .withHeader("Content-Type", "application/json").withBody("{\"code\":50027,\"message\":\"Invalid Webhook Token\"}")));
        ResumableSenders.Resumed resumed = resume("5000000000000000002", "an-expired-token");

        resumed.sender().send(Reply.text("Svar efter övertagande").privately(), Language.SV, ReplySender.Kind.ANSWER);

        awaitRequests("POST", "users/@me/channels", 1);
        awaitRequests("POST", "channels/" + FakeDiscord.DM_CHANNEL + "/messages", 1);
        assertThat(discord.requests("POST", "channels/" + FakeDiscord.CHANNEL + "/messages")).isEmpty();
    }

    private ResumableSenders.Resumed resume(String deliveryId, String token) {
        Interaction accepted = new Interaction(deliveryId, null, FakeDiscord.GUILD, FakeDiscord.CHANNEL, "5000000000000000099", "Anna Lindqvist",
                null, Locale.forLanguageTag("sv-SE"), new Inbound.Text("översikt"), token, true, 10_485_760);
        Resumable stored = new DiscordTurn(accepted, CompletableFuture.completedFuture(null), () -> {
            throw new AssertionError("not used");
        }, null).resumable();
        return resumer.resume(new ResumableSenders.Accepted(DiscordTurn.user("5000000000000000099"), deliveryId, stored.payload(), stored.context()));
    }
}
