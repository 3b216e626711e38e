package se.connectbot.core.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.connectbot.core.TranscriptTestSupport;
import se.connectbot.core.chat.ChatUser;
import se.connectbot.core.reply.Block;
import se.connectbot.core.reply.FileRef;
import se.connectbot.core.rights.Capability;
import se.connectbot.coretesting.ChatTranscript;
import se.connectbot.coretesting.DemoUsers;
import se.connectbot.coretesting.Replies;

/** Signed download links, and the rights checked again when a file is handed out. */
class FileDownloadsTest extends TranscriptTestSupport {

    private static final byte[] PDF = "%PDF-1.7\nfaktura\n%%EOF".getBytes(StandardCharsets.US_ASCII);

    @Autowired
    FileStore store;
    @Autowired
    DownloadLinks links;
    @Autowired
    FileDownloads downloads;

    @Test
    void aSignedLinkHandsTheInvoicePdfToItsOwnerWhoHasTheRight() {
        ChatTranscript chat = signedIn(DemoUsers.ANNA).send("fakturor obetalda").click("PDF 5001002");
        Block.Attachment pdf = Replies.blocks(chat.reply(), Block.Attachment.class).get(0);
        URI link = links.linkFor(store.find(pdf.file()).orElseThrow());

        assertThat(link.toString()).startsWith("http://localhost:8080/files/" + pdf.file() + "?exp=");
        FileDownloads.Download download = open(link);
        assertThat(download.file().fileName()).isEqualTo("faktura-5001002.pdf");
        assertThat(new String(download.content(), StandardCharsets.US_ASCII)).startsWith("%PDF");
    }

    @Test
    void aLinkIsValidForItsLifetimeOnly() {
        ChatTranscript chat = signedIn(DemoUsers.ANNA);
        URI link = links.linkFor(store.save(chat.user(), Capability.VIEW_INVOICES, "a.pdf", "application/pdf", PDF));

        clock.advance(Duration.ofMinutes(14));
        assertThat(open(link).content()).isEqualTo(PDF);
        clock.advance(Duration.ofMinutes(1));
        assertRefused(link, DownloadRefused.Reason.LINK_EXPIRED);
    }

    @Test
    void refusesATamperedSignatureExpiryOrFileId() {
        ChatUser anna = signedIn(DemoUsers.ANNA).user();
        StoredFile file = store.save(anna, Capability.VIEW_INVOICES, "a.pdf", "application/pdf", PDF);
        StoredFile other = store.save(anna, Capability.VIEW_INVOICES, "b.pdf", "application/pdf", PDF);
        Map<String, String> q = query(links.linkFor(file));

        assertRefused(file.ref().toString(), q.get("exp"), flipped(q.get("sig")), DownloadRefused.Reason.BAD_LINK);
        assertRefused(file.ref().toString(), String.valueOf(Long.parseLong(q.get("exp")) + 3600), q.get("sig"),
                DownloadRefused.Reason.BAD_LINK);
        assertRefused(other.ref().toString(), q.get("exp"), q.get("sig"), DownloadRefused.Reason.BAD_LINK);
        assertRefused(FileRef.random().toString(), q.get("exp"), q.get("sig"), DownloadRefused.Reason.NOT_FOUND);
        assertRefused("not-a-file", q.get("exp"), q.get("sig"), DownloadRefused.Reason.NOT_FOUND);
    }

    @Test
    void refusesTheOwnerWhoIsNoLongerLinked() {
        ChatTranscript chat = signedIn(DemoUsers.ANNA);
        URI link = links.linkFor(store.save(chat.user(), Capability.VIEW_INVOICES, "a.pdf", "application/pdf", PDF));
        chat.send("logga ut");

        assertRefused(link, DownloadRefused.Reason.NOT_SIGNED_IN);
    }

    @Test
    void refusesTheOwnerWhosePortalUserLacksTheFilesRight() {
        // as if made before Nina lost the invoice right: she has everything but invoices
        ChatUser nina = signedIn(DemoUsers.NINA).user();
        StoredFile file = store.save(nina, Capability.VIEW_INVOICES, "a.pdf", "application/pdf", PDF);

        assertRefused(links.linkFor(file), DownloadRefused.Reason.NO_RIGHT);
        assertThatThrownBy(() -> downloads.open(file.ref(), nina)).isInstanceOfSatisfying(DownloadRefused.class,
                e -> assertThat(e.reason()).isEqualTo(DownloadRefused.Reason.NO_RIGHT));
    }

    @Test
    void handsAFileOnlyToItsOwnerWithoutALink() {
        ChatUser anna = signedIn(DemoUsers.ANNA).user();
        ChatUser erik = signedIn(DemoUsers.ERIK).user();
        StoredFile file = store.save(anna, Capability.VIEW_INVOICES, "a.pdf", "application/pdf", PDF);

        assertThat(downloads.open(file.ref(), anna).content()).isEqualTo(PDF);
        assertThatThrownBy(() -> downloads.open(file.ref(), erik)).isInstanceOfSatisfying(DownloadRefused.class,
                e -> assertThat(e.reason()).isEqualTo(DownloadRefused.Reason.NOT_FOUND));
    }

    private FileDownloads.Download open(URI link) {
        Map<String, String> q = query(link);
        return downloads.openLink(link.getPath().substring(DownloadLinks.PATH.length()), q.get("exp"), q.get("sig"));
    }

    private void assertRefused(URI link, DownloadRefused.Reason reason) {
        assertThatThrownBy(() -> open(link)).isInstanceOfSatisfying(DownloadRefused.class, e -> assertThat(e.reason()).isEqualTo(reason));
    }

    private void assertRefused(String id, String exp, String sig, DownloadRefused.Reason reason) {
        assertThatThrownBy(() -> downloads.openLink(id, exp, sig))
                .isInstanceOfSatisfying(DownloadRefused.class, e -> assertThat(e.reason()).isEqualTo(reason));
    }

    private static Map<String, String> query(URI link) {
        return Stream.of(link.getRawQuery().split("&")).map(p -> p.split("=", 2))
                .collect(Collectors.toMap(p -> p[0], p -> p[1]));
    }

    private static String flipped(String sig) {
        char last = sig.charAt(sig.length() - 1);
        return sig.substring(0, sig.length() - 1) + (last == 'A' ? 'B' : 'A');
    }
}
