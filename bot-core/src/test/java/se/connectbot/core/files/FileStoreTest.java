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
