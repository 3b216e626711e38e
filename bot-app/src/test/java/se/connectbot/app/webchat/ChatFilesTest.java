package se.connectbot.app.webchat;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import se.connectbot.core.chat.ChatUser;
import se.connectbot.core.chat.Platform;
import se.connectbot.core.reply.Block;

class ChatFilesTest {

    private final AtomicLong nanos = new AtomicLong();
    private final ChatFiles files = new ChatFiles(Duration.ofMinutes(15), 1_000, nanos::get);
    private final ChatUser anna = new ChatUser(Platform.WEB, "web", "anna");
    private final ChatUser karl = new ChatUser(Platform.WEB, "web", "karl");

    @Test
    void handsAFileOnlyToTheUserItWasDeliveredTo() {
        String id = files.keep(anna, pdf("faktura-1001.pdf", 10));

        assertThat(files.find(id, anna)).hasValueSatisfying(file -> {
            assertThat(file.fileName()).isEqualTo("faktura-1001.pdf");
            assertThat(file.contentType()).isEqualTo("application/pdf");
        });
        assertThat(files.find(id, karl)).isEmpty();
        assertThat(files.find("not-an-id", anna)).isEmpty();
    }

    @Test
    void forgetsAFileAfterItsLifetime() {
        String id = files.keep(anna, pdf("faktura-1001.pdf", 10));

        nanos.addAndGet(Duration.ofMinutes(14).toNanos());
        assertThat(files.find(id, anna)).isPresent();
        nanos.addAndGet(Duration.ofMinutes(2).toNanos());
        assertThat(files.find(id, anna)).isEmpty();
    }

    @Test
    void givesUpTheOldestFilesWhenMemoryIsFull() {
        String first = files.keep(anna, pdf("a.pdf", 600));
        String second = files.keep(anna, pdf("b.pdf", 600));
        files.find(second, anna);

        // Caffeine evicts asynchronously by default; cleanUp makes it happen now.
        files.cleanUp();

        assertThat(files.find(first, anna).isPresent() && files.find(second, anna).isPresent()).isFalse();
    }

    private static Block.Attachment pdf(String name, int size) {
        byte[] content = "%PDF".repeat(size / 4 + 1).substring(0, size).getBytes(StandardCharsets.US_ASCII);
        return new Block.Attachment(name, "application/pdf", content, null);
    }
}
