package se.connectbot.core.files;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import se.connectbot.core.chat.ChatUser;
import se.connectbot.core.reply.Block;
import se.connectbot.core.reply.FileRef;
import se.connectbot.core.rights.Capability;

/**
 * What the store knows of a file, without its content: whom it was made for, and the
 * capability its owner must still have to read it again.
 */
public record StoredFile(FileRef ref, ChatUser owner, String fileName, String contentType, long size, Capability right,
                         Instant createdAt, Instant expiresAt) {

    public StoredFile {
        Objects.requireNonNull(ref, "ref");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(right, "right");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }

    /** The reply block that delivers this file, with {@code title} shown beside it. */
    public Block.Attachment attachment(@Nullable String title) {
        return new Block.Attachment(fileName, contentType, size, ref, title);
    }
}
