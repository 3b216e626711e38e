package se.connectbot.discord.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.utils.FileUpload;
import net.dv8tion.jda.api.utils.data.DataObject;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import org.junit.jupiter.api.Test;
import se.connectbot.core.i18n.Language;
import se.connectbot.core.reply.Block;
import se.connectbot.core.reply.FileRef;
import se.connectbot.core.reply.Reply;

/** Discord's limits kept, and nothing cut: what does not fit goes on in the next embed or message. */
class DiscordRendererTest {

    private static final CustomIds IDS = new CustomIds() {
        @Override
        public String action(int index, String actionId, String value) {
            return "a|" + index + "|" + actionId + "|" + value;
        }

        @Override
        public String form(Block.Form form) {
            return "f|" + form.formId();
        }
    };
    private static final Attachments FILES = a -> new Attachments.Upload(FileUpload.fromData(new byte[(int) a.size()], a.fileName()), a.size());

    private final DiscordRenderer renderer = new DiscordRenderer();

    @Test
    void aLongTextIsSpreadOverEmbedsAndMessagesWithoutLosingACharacter() {
        String words = String.join(" ", Collections.nCopies(4_000, "abonnemang"));
        List<MessageCreateData> messages = render(Reply.text(words));

        assertThat(messages).hasSizeGreaterThan(1);
        StringBuilder shown = new StringBuilder();
        for (MessageCreateData message : messages) {
            assertLimits(message);
            message.getEmbeds().forEach(e -> shown.append(e.getDescription()).append(' '));
        }
        assertThat(shown.toString().strip()).isEqualTo(words);
    }

    @Test
    void manyFieldsTakeSeveralEmbedsOfAtMost25AndLongValuesContinue() {
        List<Block.Field> fields = new ArrayList<>();
        IntStream.range(0, 60).forEach(i -> fields.add(new Block.Field("Tjänst " + i, "070-" + i)));
        fields.add(new Block.Field("Adress", "x".repeat(2_500)));
        List<MessageCreateData> messages = render(Reply.of(new Block.Fields(fields)));

        List<MessageEmbed.Field> all = messages.stream().flatMap(m -> m.getEmbeds().stream()).flatMap(e -> e.getFields().stream()).toList();
        messages.forEach(DiscordRendererTest::assertLimits);
        assertThat(all.stream().filter(f -> f.getName().startsWith("Tjänst"))).hasSize(60);
        assertThat(all.stream().filter(f -> f.getValue().startsWith("x")).map(MessageEmbed.Field::getValue).reduce("", String::concat))
                .hasSize(2_500);
    }

    @Test
    void thirtyButtonsTakeRowsOfFiveAndAtMostFiveRowsAMessage() {
        List<Block.Choice> choices = IntStream.range(0, 30).mapToObj(i -> Block.Choice.of("Val " + i, "pick", "v" + i)).toList();
        List<MessageCreateData> messages = render(Reply.of(new Block.Choices("Välj", choices, Block.ChoiceStyle.BUTTONS)));

        messages.forEach(DiscordRendererTest::assertLimits);
        long buttons = messages.stream().flatMap(m -> m.getComponents().stream())
                .mapToLong(c -> ((ActionRow) c).getComponents().size()).sum();
        assertThat(buttons).isEqualTo(30);
        assertThat(messages).hasSize(2);
    }

    @Test
    void fortyOptionsTakeTwoSelectMenusOfAtMost25() {
        List<Block.Choice> choices = IntStream.range(0, 40).mapToObj(i -> Block.Choice.of("Tjänst " + i, "status.pick", "s" + i)).toList();
        MessageCreateData message = render(Reply.of(new Block.Choices(null, choices, Block.ChoiceStyle.SELECT))).getFirst();

        DataObject json = message.toData();
        assertThat(json.getArray("components").length()).isEqualTo(2);
        assertThat(json.getArray("components").getObject(0).getArray("components").getObject(0).getArray("options").length()).isEqualTo(25);
        assertThat(json.getArray("components").getObject(1).getArray("components").getObject(0).getArray("options").length()).isEqualTo(15);
        assertThat(json.getArray("components").getObject(1).getArray("components").getObject(0).getString("placeholder")).isEqualTo("Välj (26–40)…");
    }

    @Test
    void aTableWithPagingShowsWhereItStandsAndTurnsPagesWithButtons() {
        Block.Table table = new Block.Table(List.of("Faktura", "Belopp"), List.of(List.of("1001", "1 200 kr"), List.of("1002", "980 kr")),
                List.of(), new Block.Paging(2, 5, 48, Block.Choice.of("Föregående", "invoices.page", "1"), Block.Choice.of("Nästa", "invoices.page", "3")));
        MessageCreateData message = render(Reply.of(table)).getFirst();

        String description = message.getEmbeds().getFirst().getDescription();
        assertThat(description).contains("**Faktura · Belopp**").contains("• 1001 · 1 200 kr").contains("Sida 2 av 5");
        assertThat(message.toData().getArray("components").getObject(0).getArray("components").length()).isEqualTo(2);
    }

    @Test
    void aLongListsCountIsGroupedAsTheOtherAdaptersShowIt() {
        Block.Table table = new Block.Table(List.of("Tjänst"), List.of(List.of("070-1")), List.of(),
                new Block.Paging(1, 150, 1_500, null, Block.Choice.of("Nästa", "services.page", "2")));

        String description = render(Reply.of(table)).getFirst().getEmbeds().getFirst().getDescription();

        assertThat(description).contains("Sida 1 av 150 (1 500 st)");
    }

    @Test
    void everyMessageAllowsNoMention() {
        for (MessageCreateData message : render(Reply.text("@everyone").with(new Block.Fields(List.of(new Block.Field("<@&1>", "<@2>")))))) {
            assertThat(message.toData().getObject("allowed_mentions").getArray("parse").length()).isZero();
            assertThat(message.getAllowedMentions()).isEmpty();
        }
    }

    @Test
    void elevenFilesTakeTwoMessages() {
        Reply reply = Reply.of();
        for (int i = 0; i < 11; i++) {
            reply = reply.with(new Block.Attachment("faktura-" + i + ".pdf", "application/pdf", 10, FileRef.random(), null));
        }
        List<MessageCreateData> messages = render(reply);
        assertThat(messages).hasSize(2);
        assertThat(messages.getFirst().getFiles()).hasSize(10);
    }

    @Test
    void aLinkWithAnotherSchemeIsTextNotAButton() {
        MessageCreateData message = render(Reply.of(new Block.Link("Öppna", "javascript:alert(1)"))).getFirst();
        assertThat(message.getComponents()).isEmpty();
        assertThat(message.getEmbeds().getFirst().getDescription()).contains("javascript:alert(1)");
    }

    @Test
    void aHeadingTooLongForATitleKeepsItsMarkdownInertInTheDescription() {
        // an outage or ticket title longer than an embed title: it goes to the description, where markdown renders
        String title = "Avbrott " + "x".repeat(260) + " [Logga in här](https://evil.example/login) **viktigt**";
        List<MessageCreateData> messages = render(Reply.of(Block.heading(title)));

        String description = messages.getFirst().getEmbeds().getFirst().getDescription();
        assertThat(description).doesNotContain("[Logga in här](").doesNotContain("**viktigt**")
                .contains("\\[Logga in här\\]");
    }

    private List<MessageCreateData> render(Reply reply) {
        return renderer.render(reply, Language.SV, IDS, FILES, 10 * 1024 * 1024);
    }

    private static void assertLimits(MessageCreateData message) {
        assertThat(message.getEmbeds()).hasSizeLessThanOrEqualTo(10);
        assertThat(message.getEmbeds().stream().mapToInt(MessageEmbed::getLength).sum()).isLessThanOrEqualTo(6_000);
        assertThat(message.getComponents()).hasSizeLessThanOrEqualTo(5);
        message.getEmbeds().forEach(e -> {
            assertThat(e.getFields()).hasSizeLessThanOrEqualTo(25);
            assertThat(e.isSendable()).isTrue();
        });
    }
}
