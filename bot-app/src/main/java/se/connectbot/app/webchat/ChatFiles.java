package se.connectbot.app.webchat;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import se.connectbot.core.chat.ChatUser;
import se.connectbot.core.reply.Block;

/**
 * Files the bot delivered in the web chat (invoice PDFs, reports), held in memory for a short
 * while so that the reply carries a download link instead of the bytes. A file is only ever
 * handed to the chat user it was made for. Thread-safe.
 */
final class ChatFiles {

    private final Cache<String, StoredFile> files;

    ChatFiles(Duration lifetime, long maxBytes, Ticker ticker) {
        this.files = Caffeine.newBuilder()
                .expireAfterWrite(lifetime)
                .maximumWeight(maxBytes)
                .weigher((String id, StoredFile file) -> Math.max(1, file.content().length))
                .ticker(ticker)
                .build();
    }

    /** Keeps the attachment for {@code owner} and returns its unguessable id. */
    String keep(ChatUser owner, Block.Attachment attachment) {
        String id = UUID.randomUUID().toString();
        files.put(id, new StoredFile(owner, attachment.fileName(), attachment.contentType(), attachment.content()));
        return id;
    }

    /** The file, if it exists, has not expired and belongs to {@code requester}. */
    Optional<StoredFile> find(String id, ChatUser requester) {
        StoredFile file = files.getIfPresent(id);
        return file != null && file.owner().equals(requester) ? Optional.of(file) : Optional.empty();
    }

    /** Runs pending evictions now (they otherwise happen during later calls). */
    void cleanUp() {
        files.cleanUp();
    }

    record StoredFile(ChatUser owner, String fileName, String contentType, byte[] content) {
    }
}
