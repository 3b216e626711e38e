package se.connectbot.discord.inbound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import net.dv8tion.jda.api.utils.data.DataArray;
import net.dv8tion.jda.api.utils.data.DataObject;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.connectbot.core.chat.ChatUser;
import se.connectbot.core.chat.Inbound;
import se.connectbot.core.chat.Platform;
import se.connectbot.core.forms.ParkedForms;
import se.connectbot.core.reply.Block;
import se.connectbot.core.reply.Reply;
import se.connectbot.discord.testing.DiscordWireTest;
import se.connectbot.discord.testing.FakeDiscord;
import se.connectbot.discord.testing.Interactions;
import se.connectbot.discord.testing.Interactions.Person;

/** A dialog through buttons, a select menu and a modal, as a user clicks through it. */
class ComponentsAndModalsTest extends DiscordWireTest {

    private static final Person ANNA = Person.swede("2100000000000000001");

    @Autowired
    ParkedForms parkedForms;

    @Test
    void aDialogThroughButtonsASelectAndAModal() {
        engine.answer(inbound -> switch (inbound.payload()) {
            case Inbound.Text t -> Reply.of(new Block.Choices("Vilket abonnemang?", List.of(
                    Block.Choice.of("070-123 45 67", "topup.number", "0701234567"),
                    Block.Choice.of("070-345 67 89", "topup.number", "0703456789")), Block.ChoiceStyle.BUTTONS)).privately();
            case Inbound.Action a when a.actionId().equals("topup.number") -> Reply.of(new Block.Choices("Vilket paket?", List.of(
                    Block.Choice.of("1 GB", "topup.package", "1GB"), Block.Choice.of("5 GB", "topup.package", "5GB")),
                    Block.ChoiceStyle.SELECT)).privately();
            case Inbound.Action a -> Reply.of(new Block.Form("topup.note", "Anteckning", List.of(
                    new Block.Input("note", "Anteckning till beställningen", Block.InputKind.MULTILINE, false, 500, null, List.of())), "Skicka"));
            case Inbound.FormSubmission f -> Reply.text("Beställt: " + f.values().get("note"));
        });

        push(Interactions.slash(ANNA, "topup"));
        DataObject first = lastEdit(1);
        String numberButton = button(first, 0, 0);
        assertThat(buttonLabel(first, 0, 0)).isEqualTo("070-123 45 67");

        push(Interactions.button(ANNA, numberButton));
        DataObject second = lastEdit(2);
        DataObject menu = second.getArray("components").getObject(0).getArray("components").getObject(0);
        assertThat(menu.getInt("type")).isEqualTo(3);
        String fiveGb = menu.getArray("options").getObject(1).getString("value");

        push(Interactions.select(ANNA, menu.getString("custom_id"), fiveGb));
        DataObject third = lastEdit(3);
        String openForm = button(third, 0, 0);
        assertThat(openForm).startsWith("f|");

        DataObject open = Interactions.button(ANNA, openForm);
        push(open);
        DataObject modal = payload(awaitRequests("POST", "interactions/" + open.getString("id") + "/.*/callback", 1).getFirst());
        assertThat(modal.getInt("type")).as("a modal, at once").isEqualTo(9);
        String modalId = modal.getObject("data").getString("custom_id");
        assertThat(modal.getObject("data").getString("title")).isEqualTo("Anteckning");

        push(Interactions.modal(ANNA, modalId, Map.of("note", "Till mötet på fredag")));
        await().atMost(Duration.ofSeconds(10)).until(() -> engine.received().size() == 4);
        List<Inbound.Payload> payloads = engine.received().stream().map(Inbound::payload).toList();
        assertThat(payloads).containsExactly(new Inbound.Text("fyll på"), new Inbound.Action("topup.number", "0701234567"),
                new Inbound.Action("topup.package", "5GB"), new Inbound.FormSubmission("topup.note", Map.of("note", "Till mötet på fredag")));
        assertThat(lastEdit(4).getArray("embeds").getObject(0).getString("description")).isEqualTo("Beställt: Till mötet på fredag");
    }

    @Test
    void anotherUserCannotOpenOrSubmitSomeoneElsesForm() {
        engine.answer(Reply.of(new Block.Form("ticket.form", "Ärende", List.of(
                new Block.Input("title", "Rubrik", Block.InputKind.TEXT, true, 100, null, List.of())), "Skicka")));
        push(Interactions.slash(ANNA, "ticket"));
        String openForm = button(lastEdit(1), 0, 0);

        DataObject mallory = Interactions.button(Person.english("2100000000000000666"), openForm);
        push(mallory);
        DataObject refusal = payload(awaitRequests("POST", "interactions/" + mallory.getString("id") + "/.*/callback", 1).getFirst());
        assertThat(refusal.getInt("type")).isEqualTo(4);
        assertThat(refusal.getObject("data").getString("content")).contains("someone else");
        assertThat(refusal.getObject("data").getInt("flags") & 64).isEqualTo(64);

        DataObject forged = Interactions.modal(Person.english("2100000000000000666"), "m|" + openForm.substring(2), Map.of("title", "x"));
        push(forged);
        awaitRequests("POST", "interactions/" + forged.getString("id") + "/.*/callback", 1);
        assertThat(engine.received()).hasSize(1);
    }

    @Test
    void aFormOfMoreInputsThanAModalTakesIsRefusedInWords() {
        List<Block.Input> six = java.util.stream.IntStream.range(0, 6)
                .mapToObj(i -> new Block.Input("f" + i, "Fält " + i, Block.InputKind.TEXT, false, 50, null, List.of())).toList();
        engine.answer(Reply.of(new Block.Form("big", "Stort formulär", six, "Skicka")));
        push(Interactions.slash(ANNA, "ticket"));
        DataObject open = Interactions.button(ANNA, button(lastEdit(1), 0, 0));
        push(open);

        DataObject answer = payload(awaitRequests("POST", "interactions/" + open.getString("id") + "/.*/callback", 1).getFirst());
        assertThat(answer.getInt("type")).as("words, not a broken modal").isEqualTo(4);
    }

    @Test
    void aFormParkedInTheCoresStoreOpensForItsOwnerAndItsSubmissionReachesTheCore() {
        UUID id = parkedForms.park(new ChatUser(Platform.DISCORD, "discord", ANNA.userId()), new Block.Form("ticket.form", "Ärende",
                List.of(new Block.Input("title", "Rubrik", Block.InputKind.TEXT, true, 100, null, List.of())), "Skicka"), null);
        engine.answer(Reply.text("Ärende 5001 är skapat."));

        DataObject open = Interactions.button(ANNA, "f|" + id);
        push(open);
        DataObject modal = payload(awaitRequests("POST", "interactions/" + open.getString("id") + "/.*/callback", 1).getFirst());
        assertThat(modal.getInt("type")).isEqualTo(9);
        assertThat(modal.getObject("data").getString("title")).isEqualTo("Ärende");
        push(Interactions.modal(ANNA, modal.getObject("data").getString("custom_id"), Map.of("title", "Ingen täckning")));

        await().atMost(Duration.ofSeconds(10)).until(() -> engine.received().size() == 1);
        assertThat(engine.received().getFirst().payload()).isEqualTo(new Inbound.FormSubmission("ticket.form", Map.of("title", "Ingen täckning")));
    }

    @Test
    void aFormForgottenOrFromBeforeTheCoreKeptThemIsGoneInWords() {
        DataObject forgotten = Interactions.button(ANNA, "f|00000000-0000-0000-0000-000000000000");
        push(forgotten);
        DataObject refusal = payload(awaitRequests("POST", "interactions/" + forgotten.getString("id") + "/.*/callback", 1).getFirst());
        assertThat(refusal.getObject("data").getString("content")).contains("Formuläret har gått ut");
        assertThat(engine.received()).isEmpty();
    }

    @Test
    void aForgedOrForgottenCustomIdRunsNothing() {
        DataObject forged = Interactions.button(ANNA, "k|00000000-0000-0000-0000-000000000000");
        push(forged);
        DataObject refusal = payload(awaitRequests("POST", "interactions/" + forged.getString("id") + "/.*/callback", 1).getFirst());
        assertThat(refusal.getObject("data").getString("content")).contains("Formuläret har gått ut");
        assertThat(engine.received()).isEmpty();
    }

    private static DataObject lastEdit(int count) {
        return payload(awaitRequests("PATCH", "webhooks/" + FakeDiscord.APPLICATION + "/.*/messages/@original", count).get(count - 1));
    }

    private static String button(DataObject message, int row, int index) {
        return component(message, row, index).getString("custom_id");
    }

    private static String buttonLabel(DataObject message, int row, int index) {
        return component(message, row, index).getString("label");
    }

    private static DataObject component(DataObject message, int row, int index) {
        DataArray rows = message.getArray("components");
        return rows.getObject(row).getArray("components").getObject(index);
    }
}
