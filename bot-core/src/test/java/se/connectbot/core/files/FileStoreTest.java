package se.connectbot.core.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import se.connectbot.core.CoreSpringTest;
import se.connectbot.core.chat.ChatUser;
import se.connectbot.core.chat.Platform;
import se.connectbot.core.reply.Block;
import se.connectbot.core.reply.FileRef;
import se.connectbot.core.rights.Capability;
import se.connectbot.coretesting.CoreTestApplication;
import se.connectbot.coretesting.MutableClock;

@CoreSpringTest
class FileStoreTest {

    private static final byte[] PDF = "%PDF-1.7\nfaktura\n%%EOF".getBytes(StandardCharsets.US_ASCII);
    private static final ChatUser ANNA = new ChatUser(Platform.SLACK, "T-files", "U-anna");

    @Autowired
    FileStore store;
    @Autowired
    MutableClock clock;
    @Autowired
    FilesProperties properties;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void startOfTheDay() {
        clock.set(CoreTestApplication.START);
    }

    @Test
    void keepsAFileForItsOwnerWithTheRightToReadItAgain() {
        StoredFile saved = store.save(ANNA, Capability.VIEW_INVOICES, "faktura-1001.pdf", "application/pdf", PDF);

        assertThat(store.find(saved.ref())).hasValue(saved);
        assertThat(saved.owner()).isEqualTo(ANNA);
        assertThat(saved.right()).isEqualTo(Capability.VIEW_INVOICES);
        assertThat(saved.size()).isEqualTo(PDF.length);
        assertThat(saved.expiresAt()).isEqualTo(CoreTestApplication.START.plus(properties.keep()));
        assertThat(store.content(saved.ref())).hasValueSatisfying(content -> assertThat(content).isEqualTo(PDF));
        Block.Attachment attachment = saved.attachment("Faktura 1001");
        assertThat(attachment.file()).isEqualTo(saved.ref());
        assertThat(attachment.size()).isEqualTo(PDF.length);
    }

    @Test
    void keepsTheContentSealedSoNoInvoiceIsReadableInTheDatabase() throws Exception {
        byte[] invoice = "%PDF-1.7\nFaktura 1001 till Anna Lindqvist, 1 234,00 kr\n%%EOF".getBytes(StandardCharsets.UTF_8);
        java.nio.file.Path report = java.nio.file.Files.createTempFile("rapport", ".xlsx");
        java.nio.file.Files.write(report, invoice);
        StoredFile fromBytes = store.save(ANNA, Capability.VIEW_INVOICES, "faktura-1001.pdf", "application/pdf", invoice);
        StoredFile fromPath = store.save(ANNA, Capability.VIEW_INVOICES, "rapport.xlsx", "application/pdf", report);
        java.nio.file.Files.delete(report);

        for (StoredFile saved : java.util.List.of(fromBytes, fromPath)) {
            byte[] kept = jdbc.queryForObject("select content from stored_file where id = ?", byte[].class, saved.ref().id());
            assertThat(new String(kept, StandardCharsets.ISO_8859_1)).doesNotContain("Faktura").doesNotContain("Lindqvist");
            assertThat(saved.size()).as("the size is the file's, not the sealed one's").isEqualTo(invoice.length);
            assertThat(store.content(saved.ref())).hasValueSatisfying(content -> assertThat(content).isEqualTo(invoice));
        }
        jdbc.update("update stored_file set id = ? where id = ?", java.util.UUID.randomUUID(), fromBytes.ref().id());
        java.util.UUID moved = jdbc.queryForObject("select id from stored_file where file_name = 'faktura-1001.pdf' and size = ? "
                + "order by created_at desc limit 1", java.util.UUID.class, invoice.length);
        assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> store.content(new FileRef(moved))))
                .as("sealed to its row: moved to another id it does not open").isNotNull();
    }

    @Test
    void knowsNoFileByAnUnknownReference() {
        assertThat(store.find(FileRef.random())).isEmpty();
        assertThat(store.content(FileRef.random())).isEmpty();
    }

    @Test
    void forgetsAFileAfterItsTimeAndHousekeepingPurgesIt() {
        StoredFile saved = store.save(ANNA, Capability.VIEW_INVOICES, "faktura-1002.pdf", "application/pdf", PDF);

        clock.advance(properties.keep().minus(Duration.ofSeconds(1)));
        StoredFile later = store.save(ANNA, Capability.VIEW_INVOICES, "faktura-1003.pdf", "application/pdf", PDF);
        assertThat(store.find(saved.ref())).isPresent();

        clock.advance(Duration.ofSeconds(1));
        assertThat(store.find(saved.ref())).isEmpty();
        assertThat(store.content(saved.ref())).isEmpty();
        assertThat(store.purgeExpired()).isPositive();
        assertThat(jdbc.queryForObject("select count(*) from stored_file where id = ?", Integer.class, saved.ref().id())).isZero();
        assertThat(store.find(later.ref())).isPresent();
    }
}
