package se.connectbot.core.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import se.connectbot.core.CoreSpringTest;
import se.connectbot.core.chat.ChatUser;
import se.connectbot.core.chat.Platform;
import se.connectbot.core.rights.Capability;

/** A file made on disk (a report) streamed into the store keeps every byte, its size and its owner. */
@CoreSpringTest
class StreamedFileStoreTest {

    @Autowired
    FileStore store;

    @Test
    void streamsAFileFromDiskByteForByte(@TempDir Path dir) throws IOException {
        byte[] content = new byte[3 * 1024 * 1024 + 17];
        new Random(12).nextBytes(content);
        Path report = Files.write(dir.resolve("rapport.xlsx"), content);
        ChatUser owner = new ChatUser(Platform.WEB, "web", "u-streamed");

        StoredFile saved = store.save(owner, Capability.VIEW_REPORTS, "rapport-tjanster.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", report);

        assertThat(saved.size()).isEqualTo(content.length);
        assertThat(saved.right()).isEqualTo(Capability.VIEW_REPORTS);
        assertThat(store.find(saved.ref())).hasValue(saved);
        assertThat(store.content(saved.ref())).hasValueSatisfying(stored -> assertThat(stored).isEqualTo(content));
    }
}
