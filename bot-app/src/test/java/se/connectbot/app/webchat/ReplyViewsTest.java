package se.connectbot.app.webchat;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import se.connectbot.app.webchat.ReplyView.AttachmentView;
import se.connectbot.app.webchat.ReplyView.ChoicesView;
import se.connectbot.app.webchat.ReplyView.FormView;
import se.connectbot.app.webchat.ReplyView.LinkView;
import se.connectbot.app.webchat.ReplyView.TableView;
import se.connectbot.app.webchat.ReplyView.TextView;
import se.connectbot.core.reply.Block;
import se.connectbot.core.reply.FileRef;
import se.connectbot.core.reply.Reply;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ReplyViewsTest {

    private static final FileRef PDF = FileRef.random();

    private final ReplyViews views = new ReplyViews();
    private final ChatSession chat = new ChatSession();

    /** One of every block the core can send; fails when the core adds a block type we do not render. */
    static List<Block> everyBlock() {
        Block.Choice next = Block.Choice.of("Nästa", "page", "2");
        return List.of(
                new Block.Text("Tjänsten är aktiv", Block.Tone.SUCCESS),
                new Block.Fields(List.of(new Block.Field("Telefonnummer", "070-123 45 67"))),
                new Block.Table(List.of("Nummer", "Belopp"), List.of(List.of("1001", "1 250,00 kr")),
                        List.of(Block.Choice.of("PDF", "invoice.pdf", "inv-1")), new Block.Paging(1, 3, 45, null, next)),
                new Block.Choices("Vilket paket?", List.of(Block.Choice.of("5 GB", "topup.package", "5GB")
                        .withEmphasis(Block.Emphasis.PRIMARY)), Block.ChoiceStyle.SELECT),
                new Block.Link("Logga in", "http://localhost:8081/oauth2/authorize?client_id=connect-bot&state=abc%2Bdef"),
                new Block.Form("ticket", "Nytt ärende", List.of(new Block.Input("title", "Rubrik", Block.InputKind.TEXT,
                        true, 200, null, List.of())), "Skicka"),
                new Block.Attachment("faktura-1001.pdf", "application/pdf", 8, PDF, "Faktura 1001"));
    }

    @Test
    void rendersEveryBlockTypeTheCoreHas() {
        Set<Class<?>> covered = everyBlock().stream().map(Object::getClass).collect(Collectors.toSet());
        assertThat(covered).containsExactlyInAnyOrderElementsOf(Arrays.asList(Block.class.getPermittedSubclasses()));

        ReplyView view = views.render(new Reply(everyBlock(), Reply.Visibility.PRIVATE), chat);

        assertThat(view.privateReply()).isTrue();
        assertThat(view.blocks()).hasSize(everyBlock().size());
        assertThat(view.blocks().get(0)).isEqualTo(new TextView("Tjänsten är aktiv", "success"));
        TableView table = (TableView) view.blocks().get(2);
        assertThat(table.rowActions().get(0).actionId()).isEqualTo("invoice.pdf");
        assertThat(table.paging().next().value()).isEqualTo("2");
        assertThat(table.paging().previous()).isNull();
        ChoicesView choices = (ChoicesView) view.blocks().get(3);
        assertThat(choices.style()).isEqualTo("select");
        assertThat(choices.choices().get(0).emphasis()).isEqualTo("primary");
        assertThat(((FormView) view.blocks().get(5)).inputs().get(0).kind()).isEqualTo("text");
    }

    @Test
    void writesEachBlockAsJsonWithItsType() {
        ReplyView view = views.render(new Reply(everyBlock(), Reply.Visibility.CONVERSATION), chat);

        JsonNode json = JsonMapper.builder().build().valueToTree(view);

        assertThat(json.get("blocks").valueStream().map(b -> b.get("type").asString()))
                .containsExactly("text", "fields", "table", "choices", "link", "form", "attachment");
        assertThat(json.get("blocks").get(6).has("content")).as("files travel by link, not inline").isFalse();
        assertThat(json.get("privateReply").asBoolean()).isFalse();
    }

    @Test
    void replacesAFileByALinkToItInTheFileStore() {
        ReplyView view = views.render(Reply.of(everyBlock().get(6)), chat);

        AttachmentView attachment = (AttachmentView) view.blocks().get(0);
        assertThat(attachment.url()).isEqualTo(ReplyViews.FILES_PATH + PDF);
        assertThat(attachment.size()).isEqualTo(8);
    }

    @Test
    void remembersTheStateOfASignInLinkSoItsCallbackReturnsToTheChat() {
        ReplyView view = views.render(Reply.of(everyBlock().get(4)), chat);

        assertThat(((LinkView) view.blocks().get(0)).url()).contains("state=abc%2Bdef");
        assertThat(chat.completesSignIn("abc+def")).isTrue();
        assertThat(chat.completesSignIn("abc+def")).as("only once").isFalse();
    }

    @Test
    void ignoresLinksThatAreNoUrls() {
        views.render(Reply.of(new Block.Link("Trasig", "http://exa mple/?state=%zz")), chat);

        assertThat(chat.completesSignIn("%zz")).isFalse();
    }
}
