package se.connectbot.discord.deliver;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.util.List;
import net.dv8tion.jda.api.utils.data.DataObject;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.connectbot.core.chat.ChatUser;
import se.connectbot.core.chat.Platform;
import se.connectbot.core.files.StoredFile;
import se.connectbot.core.reply.Block;
import se.connectbot.core.reply.Reply;
import se.connectbot.core.rights.Capability;
import se.connectbot.coretesting.MemoryFileStore;
import se.connectbot.discord.testing.DiscordWireTest;
import se.connectbot.discord.testing.FakeDiscord;
import se.connectbot.discord.testing.Interactions;
import se.connectbot.discord.testing.Interactions.Person;

/** Answers at the wire: escaped, no mention allowed, files uploaded or linked. */
class DeliveryTest extends DiscordWireTest {

    private static final String ORIGINAL = "webhooks/" + FakeDiscord.APPLICATION + "/.*/messages/@original";

    @Autowired
    MemoryFileStore files;

    @Test
    void portalAndUserTextCannotPingOrHideALink() {
        engine.answer(Reply.of(Block.heading("Ärende @everyone"),
                Block.text("Rubrik: @here <@&1100000000000000777> [Logga in](https://evil.example) <@1100000000000000778>"),
                new Block.Fields(List.of(new Block.Field("Kontakt <@&1>", "[klicka](https://evil.example) @everyone"))),
                new Block.Choices(null, List.of(Block.Choice.of("@everyone", "x", "y")), Block.ChoiceStyle.BUTTONS)));

        push(Interactions.slash(Person.swede("2300000000000000001"), "tickets"));
        DataObject edit = payload(awaitRequests("PATCH", ORIGINAL, 1).getFirst());

        assertThat(edit.getObject("allowed_mentions").getArray("parse").length()).isZero();
        assertThat(edit.getObject("allowed_mentions").hasKey("users")).isFalse();
        String json = edit.toString();
        assertThat(json).doesNotContain("@everyone").doesNotContain("@here").doesNotContain("<@&").doesNotContain("<@1")
                .doesNotContain("[Logga in](").doesNotContain("[klicka](");
    }

    @Test
    void whatDoesNotFitOneMessageFollowsUpEphemerallyWithNothingCut() {
        List<Block.Choice> choices = java.util.stream.IntStream.range(0, 30).mapToObj(i -> Block.Choice.of("Tjänst " + i, "pick", "s" + i)).toList();
        engine.answer(Reply.of(new Block.Choices("Välj tjänst", choices, Block.ChoiceStyle.BUTTONS)).privately());

        DataObject interaction = Interactions.slash(Person.swede("2300000000000000004"), "status");
        push(interaction);
        DataObject edit = payload(awaitRequests("PATCH", ORIGINAL, 1).getFirst());
        DataObject followUp = payload(awaitRequests("POST", "webhooks/" + FakeDiscord.APPLICATION + "/" + interaction.getString("token"), 1).getFirst());

        assertThat(edit.getArray("components").length()).isEqualTo(5);
        assertThat(followUp.getArray("components").length()).isEqualTo(1);
        assertThat(followUp.getInt("flags") & 64).as("ephemeral like the deferred reply").isEqualTo(64);
        assertThat(followUp.getObject("allowed_mentions").getArray("parse").length()).isZero();
    }

    @Test
    void aSmallFileIsUploadedWithTheAnswer() {
        ChatUser owner = new ChatUser(Platform.DISCORD, "discord", "2300000000000000002");
        StoredFile pdf = files.save(owner, Capability.VIEW_INVOICES, "faktura-1001.pdf", "application/pdf", "%PDF-1.7 faktura".getBytes());
        engine.answer(Reply.of(Block.text("Här är fakturan."),
                new Block.Attachment("faktura-1001.pdf", "application/pdf", pdf.size(), pdf.ref(), "Faktura 1001")).privately());

        push(Interactions.slash(Person.swede("2300000000000000002"), "invoices", "filter", "1001"));
        LoggedRequest edit = awaitRequests("PATCH", ORIGINAL, 1).getFirst();

        assertThat(edit.isMultipart()).isTrue();
        assertThat(edit.getParts()).anySatisfy(part -> {
            assertThat(part.getHeader("Content-Disposition").firstValue()).contains("faktura-1001.pdf");
            assertThat(part.getBody().asString()).isEqualTo("%PDF-1.7 faktura");
        });
        assertThat(payload(edit).getObject("allowed_mentions").getArray("parse").length()).isZero();
    }

    @Test
    void aFileOverTheUploadLimitGoesAsTheCoresSignedLink() {
        ChatUser owner = new ChatUser(Platform.DISCORD, "discord", "2300000000000000003");
        StoredFile big = files.save(owner, Capability.VIEW_SERVICES, "rapport.xlsx", "application/vnd.ms-excel", new byte[5_000]);
        engine.answer(Reply.of(new Block.Attachment("rapport.xlsx", "application/vnd.ms-excel", big.size(), big.ref(), null)).privately());

        // the interaction says what a message may carry there (Discord's attachment_size_limit)
        push(Interactions.slash(Person.english("2300000000000000003"), "orders").put("attachment_size_limit", 4_096));
        LoggedRequest edit = awaitRequests("PATCH", ORIGINAL, 1).getFirst();

        assertThat(edit.isMultipart()).isFalse();
        DataObject body = payload(edit);
        DataObject link = body.getArray("components").getObject(0).getArray("components").getObject(0);
        assertThat(link.getInt("style")).as("a link button").isEqualTo(5);
        assertThat(link.getString("url")).contains("/files/" + big.ref()).contains("sig=");
        assertThat(body.getArray("embeds").getObject(0).getString("description")).contains("too large");
    }
}
