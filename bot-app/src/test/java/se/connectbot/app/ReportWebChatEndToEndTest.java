package se.connectbot.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpResponse;
import javax.imageio.ImageIO;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Reports and usage charts in the web chat (issue 12), on the whole bot with the in-process
 * sandbox: the guided choice by clicks, the workbook downloaded by the session that asked and by
 * nobody else, the chart as a PNG with its numbers beside it.
 */
@WholeBotTest
class ReportWebChatEndToEndTest {

    @LocalServerPort
    int port;

    WebChatClient anna;

    @BeforeEach
    void signInAsAnna() {
        anna = new WebChatClient(URI.create("http://localhost:" + port));
        anna.session();
        anna.signIn(WebChatEndToEndTest.ANNA, WebChatEndToEndTest.PASSWORD);
    }

    @Test
    void aReportChosenByClicksArrivesAsAWorkbookOnlyForTheSessionThatAskedForIt() throws Exception {
        JsonNode kinds = anna.say("rapport");
        JsonNode reply = anna.click(choice(kinds, "Tjänster"));
        reply = anna.click(choice(reply, "Alla konton"));
        reply = anna.click(choice(reply, "Hela perioden"));

        JsonNode attachment = WebChatEndToEndTest.block(reply, "attachment").orElseThrow(() -> new AssertionError("no file in " + kinds));
        assertThat(attachment.get("fileName").asString()).matches("rapport-tjanster-\\d{4}-\\d{2}-\\d{2}\\.xlsx");
        HttpResponse<byte[]> file = anna.download(attachment.get("url").asString());
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.headers().firstValue("Content-Type")).hasValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(file.body()))) {
            assertThat(book.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).isEqualTo("Tjänste-ID");
            assertThat(book.getSheetAt(0).getLastRowNum()).isPositive();
        }

        WebChatClient stranger = new WebChatClient(URI.create("http://localhost:" + port));
        stranger.session();
        assertThat(stranger.download(attachment.get("url").asString()).statusCode()).isEqualTo(404);
    }

    @Test
    void aUsageChartArrivesAsAPngWithItsNumbersAsText() throws Exception {
        JsonNode reply = anna.say("förbrukning 070-123 45 67");

        assertThat(WebChatEndToEndTest.block(reply, "table")).as("the text alternative").isPresent();
        JsonNode attachment = WebChatEndToEndTest.block(reply, "attachment").orElseThrow(() -> new AssertionError("no chart in " + reply));
        HttpResponse<byte[]> png = anna.download(attachment.get("url").asString());
        assertThat(png.headers().firstValue("Content-Type")).hasValue("image/png");
        assertThat(ImageIO.read(new ByteArrayInputStream(png.body())).getHeight()).isEqualTo(450);
    }

    private static JsonNode choice(JsonNode reply, String label) {
        for (JsonNode block : WebChatEndToEndTest.blocks(reply, "choices")) {
            for (JsonNode choice : block.get("choices")) {
                if (choice.get("label").asString().equals(label)) {
                    return choice;
                }
            }
        }
        throw new AssertionError("no choice " + label + " in " + reply);
    }
}
