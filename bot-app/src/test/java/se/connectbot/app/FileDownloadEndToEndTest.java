package se.connectbot.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import se.connectbot.core.chat.ChatUser;
import se.connectbot.core.chat.Platform;
import se.connectbot.core.files.DownloadLinks;
import se.connectbot.core.files.FileStore;
import se.connectbot.core.files.StoredFile;
import se.connectbot.core.rights.Capability;

/**
 * {@code GET /files/{id}} on the whole bot: a signed link hands the file to nobody's session at
 * all, only while its owner still may read it; anything wrong answers with a page, never the file.
 */
@WholeBotTest
@ExtendWith(OutputCaptureExtension.class)
class FileDownloadEndToEndTest {

    private static final String ANNA = "anna.admin@nordkust.se";
    private static final String NINA = "nina.utanfaktura@nordkust.se";
    private static final byte[] PDF = "%PDF-1.7\nfaktura\n%%EOF".getBytes(StandardCharsets.US_ASCII);

    @LocalServerPort
    int port;
    @Autowired
    FileStore store;
    @Autowired
    DownloadLinks links;
    @Autowired
    JdbcTemplate jdbc;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aSignedLinkHandsTheFileToItsOwnerWhoStillHasTheRight(CapturedOutput log) throws Exception {
        StoredFile file = store.save(linked(ANNA), Capability.VIEW_INVOICES, "faktura-1001.pdf", "application/pdf", PDF);

        URI link = links.linkFor(file);
        HttpResponse<byte[]> response = get(link, "sv");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo(PDF);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(response.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("attachment;")
                .contains("faktura-1001.pdf");
        assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(log.getAll()).doesNotContain(link.getQuery().replaceAll(".*sig=([^&]+).*", "$1"));
    }

    @Test
    void aTamperedOrMisdirectedLinkGetsAPageSayingSoNeverTheFile(CapturedOutput log) throws Exception {
        ChatUser anna = linked(ANNA);
        StoredFile file = store.save(anna, Capability.VIEW_INVOICES, "a.pdf", "application/pdf", PDF);
        StoredFile other = store.save(anna, Capability.VIEW_INVOICES, "b.pdf", "application/pdf", PDF);
        URI link = links.linkFor(file);

        HttpResponse<byte[]> tampered = get(URI.create(link.toString().replace("sig=", "sig=x")), "sv");
        assertThat(tampered.statusCode()).isEqualTo(403);
        assertThat(text(tampered)).contains("Länken är ogiltig").doesNotContain("%PDF");
        assertThat(tampered.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");

        HttpResponse<byte[]> otherFile = get(URI.create(link.toString().replace(file.ref().toString(), other.ref().toString())), "en");
        assertThat(otherFile.statusCode()).isEqualTo(403);
        assertThat(text(otherFile)).contains("The link is not valid");

        HttpResponse<byte[]> unknown = get(URI.create(link.toString().replace(file.ref().toString(), java.util.UUID.randomUUID().toString())), "sv");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(text(unknown)).contains("Filen finns inte");
        String signature = link.getQuery().replaceAll(".*sig=([^&]+).*", "$1");
        assertThat(log.getAll()).as("a link's signature is a bearer secret: never logged").doesNotContain(signature);
    }

    @Test
    void anOwnerWhosePortalUserLacksTheFilesRightIsRefused() throws Exception {
        // Nina has everything but invoices: as if the file was made before she lost the right
        StoredFile file = store.save(linked(NINA), Capability.VIEW_INVOICES, "a.pdf", "application/pdf", PDF);

        HttpResponse<byte[]> response = get(links.linkFor(file), "en-GB,en;q=0.9");

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(text(response)).contains("You no longer have the right to see this file").doesNotContain("%PDF");
    }

    /** Signs the user in through the web chat, and finds the chat user the core linked. */
    private ChatUser linked(String username) {
        new WebChatClient(URI.create("http://localhost:" + port)).signIn(username, WebChatEndToEndTest.PASSWORD);
        List<ChatUser> users = jdbc.query("select platform, workspace_id, user_id from account_link where portal_username = ?"
                        + " order by linked_at desc", (rs, row) -> new ChatUser(Platform.valueOf(rs.getString(1)), rs.getString(2), rs.getString(3)),
                username);
        return users.get(0);
    }

    private HttpResponse<byte[]> get(URI link, String acceptLanguage) throws IOException, InterruptedException {
        URI here = URI.create("http://localhost:" + port + link.getRawPath() + "?" + link.getRawQuery());
        return http.send(HttpRequest.newBuilder(here).header("Accept-Language", acceptLanguage).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String text(HttpResponse<byte[]> response) {
        return new String(response.body(), StandardCharsets.UTF_8);
    }
}
