package se.connectbot.discord.testing;

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

/** The core's file store in memory, for the adapter's tests, which run with a scripted core. */
public final class MemoryFileStore implements FileStore {

    private final Map<FileRef, StoredFile> files = new ConcurrentHashMap<>();
    private final Map<FileRef, byte[]> contents = new ConcurrentHashMap<>();
    private final Clock clock;

    public MemoryFileStore(Clock clock) {
        this.clock = clock;
    }

    @Override
    public StoredFile save(ChatUser owner, Capability right, String fileName, String contentType, byte[] content) {
        Instant now = clock.instant();
        StoredFile file = new StoredFile(FileRef.random(), owner, fileName, contentType, content.length, right, now, now.plus(Duration.ofHours(1)));
        files.put(file.ref(), file);
        contents.put(file.ref(), content.clone());
        return file;
    }

    @Override
    public Optional<StoredFile> find(FileRef ref) {
        return Optional.ofNullable(files.get(ref));
    }

    @Override
    public Optional<byte[]> content(FileRef ref) {
        return Optional.ofNullable(contents.get(ref)).map(byte[]::clone);
    }

    @Override
    public int purgeExpired() {
        return 0;
    }
}
