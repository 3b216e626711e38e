package se.connectbot.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.connectbot.core.TranscriptTestSupport;
import se.connectbot.core.files.FileStore;
import se.connectbot.core.reply.Block;
import se.connectbot.coretesting.DemoUsers;
import se.connectbot.coretesting.Replies;

/** {@code förbrukning <nummer>}: the chart as a PNG file, the numbers as text beside it; and "rapport förbrukning" stays a report. */
class UsageTranscriptTest extends TranscriptTestSupport {

    @Autowired
    FileStore files;

    @Test
    void deliversTheChartWithATextAlternative() {
        signedIn(DemoUsers.ANNA)
                .send("förbrukning 070-123 45 67")
                .expectText("Dataförbrukning 070-123 45 67", "Datapott: 10 GB", "Samtal denna månad (min): ", "Månad | Data")
                .expectReply(reply -> {
                    Block.Attachment chart = Replies.blocks(reply, Block.Attachment.class).get(0);
                    assertThat(chart.contentType()).isEqualTo("image/png");
                    assertThat(chart.title()).isEqualTo("Diagram: dataförbrukning per månad för 070-123 45 67");
                    try {
                        assertThat(ImageIO.read(new ByteArrayInputStream(files.content(chart.file()).orElseThrow())).getWidth())
                                .isEqualTo(UsageChart.WIDTH);
                    } catch (IOException e) {
                        throw new AssertionError(e);
                    }
                    Block.Table table = Replies.blocks(reply, Block.Table.class).get(0);
                    assertThat(table.rows()).isNotEmpty().hasSizeLessThanOrEqualTo(12);
                });
        signedIn(DemoUsers.ANNA, ENGLISH).send("usage 0701234567").expectText("Data use 070-123 45 67", "Data allowance: 10 GB");
    }

    @Test
    void tellsWhenNoSubscriptionHasTheNumberOrItIsNone() {
        signedIn(DemoUsers.KARL).send("förbrukning 070-234 56 78").expectText("Jag hittar inget mobilabonnemang med numret 070-234 56 78");
        signedIn(DemoUsers.ANNA).send("förbrukning 12").expectText("”12” är inget giltigt telefonnummer");
        signedIn(DemoUsers.ANNA).send("förbrukning").expectText("Vilket mobilnummer?")
                .clickContaining("070-123 45 67").expectText("Dataförbrukning 070-123 45 67");
    }

    @Test
    void theReportOfUsageIsAReportNotAChart() {
        signedIn(DemoUsers.ANNA).send("rapport förbrukning").expectText("Rapporten Förbrukning får du inte ta fram");
    }
}
