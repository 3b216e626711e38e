package se.connectbot.core.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.connectbot.core.reply.Block;
import se.connectbot.core.reply.FileRef;
import se.connectbot.core.reply.Reply;

class ReplyCodecTest {

    @Test
    void roundTripsEveryKindOfBlock() {
        Block.Choice next = Block.Choice.of("Nästa", "cmd", "invoices page 2");
        FileRef ref = FileRef.random();
        Reply reply = new Reply(List.of(
                Block.heading("Rubrik"),
                new Block.Text("varning", Block.Tone.WARNING),
                new Block.Fields(List.of(new Block.Field("Status", "Aktiv"))),
                new Block.Table(List.of("A", "B"), List.of(List.of("1", "2"), List.of("3", "4")),
                        Arrays.asList(next, null), new Block.Paging(1, 2, 12, null, next)),
                new Block.Choices("Välj", List.of(next.withEmphasis(Block.Emphasis.PRIMARY)), Block.ChoiceStyle.SELECT),
                new Block.Link("Logga in", "https://portal.example/"),
                new Block.Form("ticket:1", "Nytt ärende", List.of(new Block.Input("title", "Rubrik", Block.InputKind.TEXT, true, 120, null,
                        List.of(new Block.Option("a", "b")))), "Granska"),
                new Block.Attachment("faktura.pdf", "application/pdf", 4, ref, "Faktura")),
                Reply.Visibility.PRIVATE);

        Reply back = ReplyCodec.read(ReplyCodec.write(reply));

        assertThat(back.visibility()).isEqualTo(Reply.Visibility.PRIVATE);
        assertThat(back.blocks()).hasSize(8);
        assertThat(back.blocks()).isEqualTo(reply.blocks());
        Block.Attachment file = (Block.Attachment) back.blocks().get(7);
        assertThat(file.file()).isEqualTo(ref);
        assertThat(file.size()).isEqualTo(4);
    }

    @Test
    void readsAnswersStoredBeforeTheTypeNamesCameFromASwitch() {
        // An answer is kept (encrypted) for a while to repeat it: what an older build wrote must still read.
        String stored = """
                {"blocks":[{"type":"text","text":"Hej","tone":"HEADING"},
                           {"type":"link","label":"Logga in","url":"https://portal.example/"}],
                 "visibility":"PRIVATE"}""";

        Reply back = ReplyCodec.read(stored);

        assertThat(back.blocks()).containsExactly(Block.heading("Hej"), new Block.Link("Logga in", "https://portal.example/"));
        assertThat(ReplyCodec.write(back)).contains("\"type\":\"text\"", "\"type\":\"link\"");
    }

    @Test
    void namesEveryPermittedBlockTypeOnce() {
        assertThat(Arrays.stream(ReplyCodec.Kind.values()).<Class<?>>map(kind -> kind.type))
                .containsExactlyInAnyOrder(Block.class.getPermittedSubclasses());
    }

    @Test
    void refusesAnUnknownBlockType() {
        assertThatThrownBy(() -> ReplyCodec.read("{\"blocks\":[{\"type\":\"carousel\"}],\"visibility\":\"PUBLIC\"}"))
                .hasMessageContaining("carousel");
    }
}
