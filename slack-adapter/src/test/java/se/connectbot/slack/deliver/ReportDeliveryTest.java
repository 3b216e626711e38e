package se.connectbot.slack.deliver;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonParser;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.connectbot.core.chat.ChatUser;
import se.connectbot.core.chat.Platform;
import se.connectbot.core.files.StoredFile;
import se.connectbot.core.reply.Block;
import se.connectbot.core.reply.Reply;
import se.connectbot.core.rights.Capability;
import se.connectbot.coretesting.MemoryFileStore;
import se.connectbot.slack.testing.FakeSlack;
import se.connectbot.slack.testing.SignedRequests;
import se.connectbot.slack.testing.SlackWireTest;

/**
 * Reports and usage charts as the core answers them (issue 12), delivered at Slack's wire: an
 * Excel workbook uploaded under its own name and type, privately when asked in a channel, and a
 * report over the upload limit (4 KB under test) as a signed link only the asker sees.
 */
class ReportDeliveryTest extends SlackWireTest {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Autowired
    MemoryFileStore files;

    @Test
    void aReportAskedForInAChannelIsUploadedToTheAskersDirectMessages() {
        byte[] workbook = workbook(1);
        assertThat(workbook.length).as("fits the 4 KB limit of the test").isLessThan(4096);
        engine.answer(Reply.of(Block.text("Här är rapporten Tjänster med 1 rader."), stored("rapport-tjanster-2026-12-05", XLSX, workbook))
                .privately());

        requests.sendForm(SignedRequests.slashCommand(FakeSlack.TEAM, "C0GENERAL", FakeSlack.SWEDE,
                "rapport tjänster alla allt", "trigger-report", slack.responseUrl("report")));

        Map<String, String> getUrl = FakeSlack.form(awaitCalls("files.getUploadURLExternal", 1).get(0));
        assertThat(getUrl).containsEntry("filename", "rapport-tjanster-2026-12-05.xlsx")
                .containsEntry("length", String.valueOf(workbook.length));
        LoggedRequest upload = awaitRequests("/upload/F0FILE", 1).get(0);
        assertThat(upload.getBody()).isEqualTo(workbook);
        assertThat(FakeSlack.form(awaitCalls("files.completeUploadExternal", 1).get(0))).containsEntry("channel_id", FakeSlack.OPENED_DM);
        assertThat(FakeSlack.form(slack.calls("conversations.open").get(0))).containsEntry("users", FakeSlack.SWEDE);
    }

    @Test
    void aReportOverTheUploadLimitGoesAsASignedLinkOnlyTheAskerSees() {
        byte[] workbook = workbook(400);
        assertThat(workbook.length).isGreaterThan(4096);
        Block.Attachment file = stored("rapport-fakturor-2026-12-05.xlsx", XLSX, workbook);
        engine.answer(Reply.of(Block.text("Här är rapporten Fakturor med 400 rader."), file));

        requests.sendEvent(DeliveryTest.EventsDm.message("Ev0BIGREPORT", "rapport fakturor alla allt"), Map.of());

        Map<String, String> note = FakeSlack.form(awaitCalls("chat.postEphemeral", 1).get(0));
        assertThat(note).containsEntry("user", FakeSlack.BRIT);
        assertThat(note.get("blocks")).contains("rapport-fakturor-2026-12-05.xlsx");
        String link = JsonParser.parseString(note.get("blocks")).getAsJsonArray().get(1).getAsJsonObject()
                .getAsJsonObject("accessory").get("url").getAsString();
        assertThat(link).startsWith("http://localhost:8080/files/" + file.file() + "?exp=").contains("&sig=");
        assertThat(slack.calls("files.getUploadURLExternal")).isEmpty();
    }

    @Test
    void aUsageChartIsUploadedAsAPng() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 0};
        engine.answer(Reply.of(Block.heading("Dataförbrukning 070-123 45 67"),
                storedTitled("usage-46701234567.png", "image/png", png, "Diagram: dataförbrukning per månad")));

        requests.sendEvent(DeliveryTest.EventsDm.message("Ev0CHART", "förbrukning 070-123 45 67"), Map.of());

        assertThat(FakeSlack.form(awaitCalls("files.getUploadURLExternal", 1).get(0))).containsEntry("filename", "usage-46701234567.png");
        assertThat(FakeSlack.form(awaitCalls("files.completeUploadExternal", 1).get(0)).get("files"))
                .contains("Diagram: dataförbrukning per månad");
    }

    private Block.Attachment stored(String fileName, String contentType, byte[] content) {
        return storedTitled(fileName, contentType, content, null);
    }

    private Block.Attachment storedTitled(String fileName, String contentType, byte[] content, @org.jspecify.annotations.Nullable String title) {
        StoredFile file = files.save(new ChatUser(Platform.SLACK, FakeSlack.TEAM, FakeSlack.SWEDE), Capability.VIEW_REPORTS,
                fileName, contentType, content);
        return file.attachment(title);
    }

    /** A real workbook of {@code rows} rows, as the core's report makes them (plain XSSF suffices at this size). */
    private static byte[] workbook(int rows) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var sheet = book.createSheet("Rapport");
            for (int i = 0; i < rows; i++) {
                var row = sheet.createRow(i);
                row.createCell(0).setCellValue("svc-" + i + "-" + Integer.toHexString(i * 7919));
                row.createCell(1).setCellValue(i * 12.5);
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
