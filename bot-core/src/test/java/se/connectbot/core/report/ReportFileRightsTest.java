package se.connectbot.core.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.connectbot.core.TranscriptTestSupport;
import se.connectbot.core.chat.ChatUser;
import se.connectbot.core.files.DownloadRefused;
import se.connectbot.core.files.FileDownloads;
import se.connectbot.core.files.FileStore;
import se.connectbot.core.files.StoredFile;
import se.connectbot.core.reply.Block;
import se.connectbot.coretesting.DemoUsers;
import se.connectbot.coretesting.Replies;
import se.connectbot.portal.api.ReportKind;

/**
 * A report file is read again only while its owner has both the right to reports and the right
 * to the report's data: Nina, without invoices, cannot open an invoices report even if one was
 * made for her before she lost the right.
 */
class ReportFileRightsTest extends TranscriptTestSupport {

    @Autowired
    FileStore store;
    @Autowired
    FileDownloads downloads;

    @Test
    void aReportFileIsKeptForTheReportsRightAndItsDatas() {
        Block.Attachment file = Replies.blocks(signedIn(DemoUsers.ANNA).send("rapport tjänster alla allt").reply(), Block.Attachment.class).get(0);
        assertThat(store.find(file.file()).orElseThrow().right()).isEqualTo(ReportKinds.fileRight(ReportKind.SERVICES));
        assertThat(ReportKinds.fileRight(ReportKind.INVOICES).rights()).extracting(Enum::name).containsExactlyInAnyOrder("VIEW_REPORTS", "VIEW_INVOICES");
    }

    @Test
    void anInvoicesReportIsNotHandedToAnOwnerWithoutTheInvoiceRight() {
        ChatUser nina = signedIn(DemoUsers.NINA).user();
        StoredFile file = store.save(nina, ReportKinds.fileRight(ReportKind.INVOICES), "rapport-fakturor.xlsx", ReportWorkbook.CONTENT_TYPE,
                "PK".getBytes(StandardCharsets.US_ASCII));
        StoredFile services = store.save(nina, ReportKinds.fileRight(ReportKind.SERVICES), "rapport-tjanster.xlsx", ReportWorkbook.CONTENT_TYPE,
                "PK".getBytes(StandardCharsets.US_ASCII));

        assertThatThrownBy(() -> downloads.open(file.ref(), nina))
                .isInstanceOfSatisfying(DownloadRefused.class, e -> assertThat(e.reason()).isEqualTo(DownloadRefused.Reason.NO_RIGHT));
        assertThat(downloads.open(services.ref(), nina).content()).startsWith((byte) 'P');
    }
}
