package se.connectbot.teams.bot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.beans.factory.annotation.Autowired;
import se.connectbot.core.chat.ChatUser;
import se.connectbot.core.chat.Platform;
import se.connectbot.core.files.FileStore;
import se.connectbot.core.files.StoredFile;
import se.connectbot.core.reply.Block;
import se.connectbot.core.reply.Reply;
import se.connectbot.core.rights.Capability;
import se.connectbot.teams.testing.Activities;
import se.connectbot.teams.testing.FakeMicrosoft;
import se.connectbot.teams.testing.TeamsWireTest;

/** A file in a 1:1 chat goes through Teams' file consent; in a channel it is the core's signed link. */
@ExtendWith(OutputCaptureExtension.class)
class FilesTest extends TeamsWireTest {

    private static final byte[] PDF = "%PDF-1.7 faktura 1001".getBytes(StandardCharsets.US_ASCII);

    @Autowired
    FileStore files;

    private StoredFile annasInvoice() {
        return files.save(new ChatUser(Platform.TEAMS, FakeMicrosoft.TENANT, Activities.ANNA), Capability.values()[0],
                "faktura-1001.pdf", "application/pdf", PDF);
    }

    @Test
    void inAOneToOneChatTheFileIsOfferedWithAConsentCardAndUploadedOnceAccepted() {
        StoredFile file = annasInvoice();
        engine.answer(Reply.of(Block.text("Här är fakturan."), file.attachment("Faktura 1001")));

        send(activities.personal(Activities.ANNA, "faktura 1001", "sv-SE"));

        List<JsonNode> messages = awaitMessages(2);
        JsonNode consent = messages.get(1).path("attachments").get(0);
        assertThat(consent.path("contentType").asText()).isEqualTo("application/vnd.microsoft.teams.card.file.consent");
        assertThat(consent.path("name").asText()).isEqualTo("faktura-1001.pdf");
        assertThat(consent.path("content").path("sizeInBytes").asLong()).isEqualTo(PDF.length);
        ObjectNode context = (ObjectNode) consent.path("content").path("acceptContext");

        var response = send(activities.fileConsent(Activities.ANNA, "accept", context, microsoft.uploadUrl("faktura")));

        assertThat(response.statusCode()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(10)).until(() -> !microsoft.server().findAll(
                com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor(
                        com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo("/onedrive/upload/faktura"))).isEmpty());
        LoggedRequest upload = microsoft.server().findAll(com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor(
                com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo("/onedrive/upload/faktura"))).get(0);
        assertThat(upload.getBody()).isEqualTo(PDF);
        assertThat(upload.getHeader("Content-Range")).isEqualTo("bytes 0-" + (PDF.length - 1) + "/" + PDF.length);
        assertThat(upload.containsHeader("Authorization")).isFalse();
        JsonNode info = awaitMessages(3).get(2).path("attachments").get(0);
        assertThat(info.path("contentType").asText()).isEqualTo("application/vnd.microsoft.teams.card.file.info");
        assertThat(info.path("content").path("uniqueId").asText()).isEqualTo("unique-1");
    }

    @Test
    void anUploadThatBreaksOffIsToldToThePersonAndNeverLogsTheConsentsUploadUrl(CapturedOutput output) {
        StoredFile file = annasInvoice();
        ObjectNode context = JsonNodeFactory.instance.objectNode().put("connectFile", file.ref().toString()).put("connectOwner", Activities.ANNA);
        microsoft.server().stubFor(com.github.tomakehurst.wiremock.client.WireMock.put(
                        com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo("/onedrive/upload/broken"))
                .willReturn(com.github.tomakehurst.wiremock.client.WireMock.aResponse()
                        .withFault(com.github.tomakehurst.wiremock.http.Fault.CONNECTION_RESET_BY_PEER)));
        // the upload URL is a pre-authorised grant to write into the person's OneDrive
        String uploadUrl = microsoft.uploadUrl("broken") + "?tempauth=grant-SECRET-4711";

        send(activities.fileConsent(Activities.ANNA, "accept", context, uploadUrl));

        await().atMost(Duration.ofSeconds(30)).until(() -> !microsoft.postedMessages().isEmpty() || output.toString().contains("failed"));
        // neither the grant nor the URL's path (in SharePoint, the person's OneDrive: their name and mail address)
        assertThat(output.toString()).doesNotContain("grant-SECRET-4711").doesNotContain("/onedrive/upload/broken");
        assertThat(awaitMessages(1).get(0).path("text").asText()).contains("Försök igen");
    }

    @Test
    void anUploadUrlOutsideOneDrivesHostsGetsNothing(CapturedOutput output) {
        StoredFile file = annasInvoice();
        ObjectNode context = JsonNodeFactory.instance.objectNode().put("connectFile", file.ref().toString()).put("connectOwner", Activities.ANNA);
        // the same fake server under another name: a port of the bot's own network, as far as the bot can tell
        String elsewhere = microsoft.uploadUrl("internal").replace("//localhost:", "//127.0.0.1:") + "?tempauth=grant-SECRET-4712";

        send(activities.fileConsent(Activities.ANNA, "accept", context, elsewhere));

        assertThat(awaitMessages(1).get(0).path("text").asText()).contains("Försök igen");
        assertThat(microsoft.server().findAll(com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor(
                com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching("/onedrive/.*")))).isEmpty();
        assertThat(output.toString()).contains("127.0.0.1").doesNotContain("grant-SECRET-4712").doesNotContain("/onedrive/upload/internal");
    }

    @Test
    void someoneElseAcceptingAnotherPersonsFileGetsNothing() {
        StoredFile file = annasInvoice();
        ObjectNode context = JsonNodeFactory.instance.objectNode().put("connectFile", file.ref().toString()).put("connectOwner", Activities.ANNA);

        send(activities.fileConsent(Activities.KARL, "accept", context, microsoft.uploadUrl("stolen")));

        JsonNode note = awaitMessages(1).get(0);
        assertThat(note.path("text").asText()).contains("någon annan");
        assertThat(microsoft.server().findAll(com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor(
                com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching("/onedrive/.*")))).isEmpty();
    }

    @Test
    void aForgedContextNamingTheClickerAsOwnerStillReadsOnlyTheirOwnFiles() {
        StoredFile file = annasInvoice();
        ObjectNode forged = JsonNodeFactory.instance.objectNode().put("connectFile", file.ref().toString()).put("connectOwner", Activities.KARL);

        send(activities.fileConsent(Activities.KARL, "accept", forged, microsoft.uploadUrl("stolen")));

        assertThat(awaitMessages(1).get(0).path("text").asText()).contains("behörighet");
        assertThat(microsoft.server().findAll(com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor(
                com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching("/onedrive/.*")))).isEmpty();
    }

    @Test
    void aDeclinedConsentIsAcknowledged() {
        StoredFile file = annasInvoice();
        ObjectNode context = JsonNodeFactory.instance.objectNode().put("connectFile", file.ref().toString()).put("connectOwner", Activities.ANNA);

        send(activities.fileConsent(Activities.ANNA, "decline", context, microsoft.uploadUrl("declined")));

        assertThat(awaitMessages(1).get(0).path("text").asText()).contains("skickade inte");
    }

    @Test
    void inAChannelTheFileIsTheCoresSignedDownloadLink() {
        StoredFile file = annasInvoice();
        engine.answer(Reply.of(file.attachment("Rapport")));

        send(activities.channel(Activities.ANNA, "rapport", true));

        JsonNode card = awaitMessages(1).get(0).path("attachments").get(0).path("content");
        String url = card.at("/body/1/actions/0/url").asText();
        assertThat(url).startsWith("https://bot.example.se/files/" + file.ref() + "?exp=").contains("&sig=");
        assertThat(card.toString()).contains("faktura-1001.pdf");
        assertThat(microsoft.postedMessages().toString()).doesNotContain("file.consent");
    }
}
