package se.connectbot.slack.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.slack.api.model.block.ActionsBlock;
import com.slack.api.model.block.ContextBlock;
import com.slack.api.model.block.HeaderBlock;
import com.slack.api.model.block.InputBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.SectionBlock;
import com.slack.api.model.block.composition.TextObject;
import com.slack.api.model.block.element.ButtonElement;
import com.slack.api.model.block.element.StaticSelectElement;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import se.connectbot.core.reply.Block;
import se.connectbot.core.reply.FileRef;
import se.connectbot.core.reply.Reply;

class BlockKitRendererTest {

    private final BlockKitRenderer renderer = new BlockKitRenderer();

    @Test
    void tableOf120RowsIsNeverCutAndEveryMessageStaysWithinFiftyBlocks() {
        Block.Table table = new Block.Table(List.of("Nummer", "Status", "Belopp"), rows(120), List.of(),
                new Block.Paging(1, 6, 120, null, Block.Choice.of("Nästa", "invoices.page", "2")));

        RenderedReply rendered = renderer.render(Reply.of(table), null);

        assertWithinLimits(rendered);
        String all = allText(rendered);
        IntStream.rangeClosed(1, 120).forEach(i -> assertThat(all).contains("*F-" + i + "* · obetald · " + i + ",00 kr"));
        assertThat(all).contains("Sida 1 av 6 (120 st)");
    }

    @Test
    void tableOf120RowsWithAButtonEachIsSplitOverSeveralMessagesWithNothingLeftOut() {
        List<Block.Choice> actions = new ArrayList<>();
        IntStream.rangeClosed(1, 120).forEach(i -> actions.add(Block.Choice.of("PDF", "invoice.pdf", "F-" + i)));
        Block.Table table = new Block.Table(List.of("Nummer", "Status", "Belopp"), rows(120), actions, null);

        RenderedReply rendered = renderer.render(Reply.of(table), Locale.ENGLISH);

        assertWithinLimits(rendered);
        assertThat(rendered.messages()).hasSize(3);
        List<ButtonElement> buttons = rendered.messages().stream().flatMap(m -> m.blocks().stream())
                .filter(b -> b instanceof SectionBlock s && s.getAccessory() instanceof ButtonElement)
                .map(b -> (ButtonElement) ((SectionBlock) b).getAccessory()).toList();
        assertThat(buttons).hasSize(120);
        assertThat(buttons.get(119).getValue()).isEqualTo("F-120");
        assertThat(rendered.messages().get(1).blocks().get(0)).isInstanceOf(ContextBlock.class);
        assertThat(allText(rendered)).contains("Continued, part 2 of 3");
    }

    @Test
    void tableTooLongForMessagesGoesOutWholeAsACsvFile() {
        Block.Table table = new Block.Table(List.of("Nummer", "Status", "Belopp"), rows(400), List.of(), null);

        RenderedReply rendered = renderer.render(Reply.of(table), null);

        assertThat(rendered.files()).hasSize(1);
        SlackFile.Inline csv = (SlackFile.Inline) rendered.files().get(0);
        assertThat(csv.fileName()).isEqualTo("lista.csv");
        assertThat(csv.contentType()).isEqualTo("text/csv");
        String content = new String(csv.content(), StandardCharsets.UTF_8);
        assertThat(content.split("\r\n")).hasSize(401);
        assertThat(content).contains("F-400;obetald;400,00 kr");
        assertThat(allText(rendered)).contains("400 rader");
    }

    @Test
    void csvCellsThatExcelWouldRunAsFormulasAreDefused() {
        Block.Table table = new Block.Table(List.of("A"), rows(200).subList(0, 0), List.of(), null);
        List<List<String>> rows = new ArrayList<>(rows(200));
        rows.set(0, List.of("=HYPERLINK(\"http://evil\")", "+46701234567", "-2+3+cmd|' /C calc'!A0"));
        RenderedReply rendered = renderer.render(Reply.of(new Block.Table(table.headers(), rows, List.of(), null)), null);

        String csv = new String(((SlackFile.Inline) rendered.files().get(0)).content(), StandardCharsets.UTF_8);

        assertThat(csv).contains("'=HYPERLINK(\"\"http://evil\"\")").contains(";+46701234567;").contains("'-2+3+cmd|' /C calc'!A0");
    }

    @Test
    void longTextIsSplitIntoSectionsOfAtMost3000CharactersWithNothingLost() {
        StringBuilder text = new StringBuilder();
        IntStream.range(0, 800).forEach(i -> text.append("Rad ").append(i).append(" med lite text & mer.\n"));

        RenderedReply rendered = renderer.render(Reply.text(text.toString()), null);

        assertWithinLimits(rendered);
        String joined = String.join("\n", sectionTexts(rendered));
        assertThat(joined).isEqualTo(text.toString().strip());
    }

    @Test
    void twentyThreeFieldsBecomeSectionsOfAtMostTenFields() {
        List<Block.Field> fields = IntStream.range(0, 23).mapToObj(i -> new Block.Field("Fält " + i, "Värde " + i)).toList();

        RenderedReply rendered = renderer.render(Reply.of(new Block.Fields(fields)), null);

        List<SectionBlock> sections = rendered.messages().get(0).blocks().stream().map(SectionBlock.class::cast).toList();
        assertThat(sections).extracting(s -> s.getFields().size()).containsExactly(10, 10, 3);
        assertThat(sections.get(2).getFields().get(2).getText()).isEqualTo("*Fält 22*\nVärde 22");
    }

    @Test
    void thirtyButtonsTakeTwoActionBlocksWithUniqueActionIds() {
        List<Block.Choice> choices = IntStream.range(0, 30).mapToObj(i -> Block.Choice.of("Tjänst " + i, "status.pick", "s" + i)).toList();

        RenderedReply rendered = renderer.render(Reply.of(new Block.Choices(null, choices, Block.ChoiceStyle.BUTTONS)), null);

        List<ActionsBlock> blocks = rendered.messages().get(0).blocks().stream().map(ActionsBlock.class::cast).toList();
        assertThat(blocks).extracting(b -> b.getElements().size()).containsExactly(25, 5);
        List<String> ids = blocks.stream().flatMap(b -> b.getElements().stream()).map(e -> ((ButtonElement) e).getActionId()).toList();
        assertThat(ids).doesNotHaveDuplicates().allSatisfy(id -> assertThat(ActionIds.decode(id, "v")).isPresent());
    }

    @Test
    void twoHundredFiftyChoicesInASelectBecomeThreeMenusOfAtMostOneHundredOptions() {
        List<Block.Choice> choices = IntStream.range(0, 250).mapToObj(i -> Block.Choice.of("Tjänst " + i, "status.pick", "s" + i)).toList();

        RenderedReply rendered = renderer.render(Reply.of(new Block.Choices(null, choices, Block.ChoiceStyle.SELECT)), null);

        ActionsBlock block = (ActionsBlock) rendered.messages().get(0).blocks().get(0);
        List<StaticSelectElement> menus = block.getElements().stream().map(StaticSelectElement.class::cast).toList();
        assertThat(menus).extracting(m -> m.getOptions().size()).containsExactly(100, 100, 50);
        assertThat(menus.get(2).getPlaceholder().getText()).isEqualTo("Välj (201–250)…");
        String lastValue = menus.get(2).getOptions().get(49).getValue();
        assertThat(ActionIds.decode(menus.get(2).getActionId(), lastValue)).contains(new ActionIds.CoreAction("status.pick", "s249"));
    }

    @Test
    void labelsLongerThanSlackAllowsAreShortenedVisiblyAndLongHeadingsKeptWhole() {
        String longLabel = "x".repeat(100);
        String longHeading = "Rubrik ".repeat(40);

        RenderedReply rendered = renderer.render(Reply.of(Block.heading(longHeading),
                new Block.Choices(null, List.of(Block.Choice.of(longLabel, "a.b", "v")), Block.ChoiceStyle.BUTTONS)), null);

        List<LayoutBlock> blocks = rendered.messages().get(0).blocks();
        assertThat(((SectionBlock) blocks.get(0)).getText().getText()).isEqualTo("*" + longHeading.strip() + "*");
        ButtonElement button = (ButtonElement) ((ActionsBlock) blocks.get(1)).getElements().get(0);
        assertThat(button.getText().getText()).hasSize(75).endsWith("…");
    }

    @Test
    void shortHeadingIsAHeaderBlockAndTonesAreMarked() {
        RenderedReply rendered = renderer.render(Reply.of(Block.heading("Fakturor"),
                new Block.Text("Betald.", Block.Tone.SUCCESS), new Block.Text("Förfallen.", Block.Tone.ERROR)), null);

        List<LayoutBlock> blocks = rendered.messages().get(0).blocks();
        assertThat(blocks.get(0)).isInstanceOf(HeaderBlock.class);
        assertThat(((SectionBlock) blocks.get(1)).getText().getText()).isEqualTo("✅ Betald.");
        assertThat(((SectionBlock) blocks.get(2)).getText().getText()).isEqualTo("❌ Förfallen.");
    }

    @Test
    void formBecomesAModalWithOptionGroupsBeyondOneHundredOptions() {
        List<Block.Option> options = IntStream.range(0, 150).mapToObj(i -> new Block.Option("Tjänst " + i, "s" + i)).toList();
        Block.Form form = new Block.Form("ticket.new", "Ärende", List.of(
                new Block.Input("service", "Tjänst", Block.InputKind.SELECT, false, 0, "s120", options),
                new Block.Input("message", "Meddelande", Block.InputKind.MULTILINE, true, 10_000, null, List.of())), "Skicka");

        RenderedReply rendered = renderer.render(Reply.of(form), null);

        assertThat(rendered.messages()).isEmpty();
        FormView modal = rendered.forms().get(0);
        List<LayoutBlock> blocks = modal.view().getBlocks();
        StaticSelectElement select = (StaticSelectElement) ((InputBlock) blocks.get(0)).getElement();
        assertThat(select.getOptionGroups()).hasSize(2);
        assertThat(select.getInitialOption().getValue()).isEqualTo("s120");
        assertThat(((InputBlock) blocks.get(0)).isOptional()).isTrue();
        var message = (com.slack.api.model.block.element.PlainTextInputElement) ((InputBlock) blocks.get(1)).getElement();
        assertThat(message.getMaxLength()).isEqualTo(3000);
        assertThat(message.isMultiline()).isTrue();
    }

    @Test
    void linkIsAButtonThatOpensTheUrl() {
        RenderedReply rendered = renderer.render(Reply.of(new Block.Link("Logga in i portalen", "https://portal.example/authorize?x=1&y=2")), null);

        SectionBlock section = (SectionBlock) rendered.messages().get(0).blocks().get(0);
        ButtonElement open = (ButtonElement) section.getAccessory();
        assertThat(open.getUrl()).isEqualTo("https://portal.example/authorize?x=1&y=2");
        assertThat(open.getText().getText()).isEqualTo("Öppna");
        assertThat(section.getText().getText()).isEqualTo("Logga in i portalen");
    }

    @Test
    void everyBlockKindOfTheCoreIsRendered() {
        List<Class<?>> kinds = List.of(Block.class.getPermittedSubclasses());
        Reply everything = Reply.of(Block.text("t"), new Block.Fields(List.of(new Block.Field("a", "b"))),
                new Block.Table(List.of("h"), List.of(List.of("r")), List.of(), null),
                new Block.Choices(null, List.of(Block.Choice.of("c", "a.b", "v")), Block.ChoiceStyle.BUTTONS),
                new Block.Link("l", "https://x"), new Block.Form("f", "F", List.of(), "OK"),
                new Block.Attachment("a.txt", "text/plain", 1, FileRef.random(), null));

        RenderedReply rendered = renderer.render(everything, null);

        assertThat(everything.blocks()).extracting(Object::getClass).containsExactlyInAnyOrderElementsOf(kinds);
        assertThat(rendered.messages()).hasSize(1);
        assertThat(rendered.forms()).hasSize(1);
        assertThat(rendered.files()).hasSize(1);
    }

    private static List<List<String>> rows(int count) {
        return IntStream.rangeClosed(1, count).mapToObj(i -> List.of("F-" + i, "obetald", i + ",00 kr")).toList();
    }

    @Test
    void fallbackTextFullOfAmpersandsStaysWithinItsBudgetAndEndsOnAWholeEscape() {
        RenderedReply rendered = renderer.render(Reply.text("Q&A ".repeat(10) + "&".repeat(1_000)), null);

        String fallback = rendered.messages().get(0).fallbackText();
        assertThat(fallback.length()).isLessThanOrEqualTo(300);
        assertEntitiesWhole(fallback);
    }

    @Test
    void fieldWithAVeryLongLabelIsSplitWithinLimitsInsteadOfLoopingForever() {
        Block.Fields fields = new Block.Fields(List.of(new Block.Field("<Etikett> & ".repeat(400), "värde & <mer> ".repeat(400))));

        RenderedReply rendered = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(5),
                () -> renderer.render(Reply.of(fields), null));

        assertWithinLimits(rendered);
        sectionTexts(rendered).forEach(BlockKitRendererTest::assertEntitiesWhole);
        assertThat(allText(rendered).replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">")).contains("värde & <mer>");
    }

    @Test
    void escapedTextIsSplitAtNoMoreThanThreeThousandCharactersAndNeverInsideAnEscape() {
        java.util.Random random = new java.util.Random(7);
        String alphabet = "&<>ab &\n";
        for (int round = 0; round < 40; round++) {
            StringBuilder text = new StringBuilder();
            int length = 2_000 + random.nextInt(9_000);
            for (int i = 0; i < length; i++) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String t = text.toString();
            RenderedReply rendered = renderer.render(Reply.of(Block.heading(t), new Block.Fields(List.of(new Block.Field("Fält", t))),
                    new Block.Table(List.of("A", "B"), List.of(List.of(t, t)), List.of(), null)), null);

            assertWithinLimits(rendered);
            sectionTexts(rendered).forEach(BlockKitRendererTest::assertEntitiesWhole);
            rendered.messages().forEach(m -> assertThat(m.fallbackText().length()).isLessThanOrEqualTo(300));
        }
    }

    /** Every {@code &} starts a whole entity: nothing was cut in half. */
    private static void assertEntitiesWhole(String mrkdwn) {
        assertThat(mrkdwn.replaceAll("&(amp|lt|gt);", "")).as("escapes in %s", mrkdwn.length() > 80 ? mrkdwn.substring(0, 80) + "…" : mrkdwn)
                .doesNotContain("&");
    }

    private static void assertWithinLimits(RenderedReply rendered) {
        for (SlackMessage message : rendered.messages()) {
            assertThat(message.blocks()).hasSizeLessThanOrEqualTo(50);
            for (LayoutBlock block : message.blocks()) {
                if (block instanceof SectionBlock s && s.getText() != null) {
                    assertThat(s.getText().getText()).hasSizeLessThanOrEqualTo(3000);
                }
                if (block instanceof SectionBlock s && s.getFields() != null) {
                    assertThat(s.getFields()).hasSizeLessThanOrEqualTo(10);
                }
                if (block instanceof ActionsBlock a) {
                    assertThat(a.getElements()).hasSizeLessThanOrEqualTo(25);
                }
            }
        }
    }

    private static List<String> sectionTexts(RenderedReply rendered) {
        return rendered.messages().stream().flatMap(m -> m.blocks().stream())
                .filter(b -> b instanceof SectionBlock s && s.getText() != null)
                .map(b -> ((SectionBlock) b).getText().getText()).toList();
    }

    private static String allText(RenderedReply rendered) {
        List<String> texts = new ArrayList<>();
        for (SlackMessage m : rendered.messages()) {
            for (LayoutBlock b : m.blocks()) {
                if (b instanceof SectionBlock s) {
                    if (s.getText() != null) {
                        texts.add(s.getText().getText());
                    }
                    if (s.getFields() != null) {
                        s.getFields().stream().map(TextObject::getText).forEach(texts::add);
                    }
                } else if (b instanceof ContextBlock c) {
                    c.getElements().forEach(e -> texts.add(((TextObject) e).getText()));
                }
            }
        }
        return String.join("\n", texts);
    }
}
