package se.connectbot.coretesting;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import se.connectbot.core.chat.ChatUser;
import se.connectbot.core.files.FileStore;
import se.connectbot.core.files.StoredFile;
import se.connectbot.core.reply.FileRef;
import se.connectbot.core.rights.Capability;

/**
 * The core's file store as the adapter sees it, in memory: adapters' tests run with a
 * scripted core (bot-app's end-to-end tests use the real one in PostgreSQL).
 */
public final class MemoryFileStore implements FileStore {

    private record Entry(StoredFile file, byte[] content) {
    }

    private final Map<FileRef, Entry> files = new ConcurrentHashMap<>();
    private final Clock clock;

    public MemoryFileStore(Clock clock) {
        this.clock = clock;
    }

    @Override
    public StoredFile save(ChatUser owner, Capability right, String fileName, String contentType, byte[] content) {
        Instant now = clock.instant();
        StoredFile file = new StoredFile(FileRef.random(), owner, fileName, contentType, content.length, right, now,
                now.plus(Duration.ofHours(1)));
        files.put(file.ref(), new Entry(file, content.clone()));
        return file;
    }

    @Override
    public Optional<StoredFile> find(FileRef ref) {
        return Optional.ofNullable(files.get(ref)).map(Entry::file);
    }

    @Override
    public Optional<byte[]> content(FileRef ref) {
        return Optional.ofNullable(files.get(ref)).map(e -> e.content().clone());
    }

    @Override
    public int purgeExpired() {
        return 0;
    }
}
