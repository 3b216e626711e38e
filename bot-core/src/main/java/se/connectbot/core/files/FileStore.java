package se.connectbot.core.files;

import java.util.Optional;
import se.connectbot.core.chat.ChatUser;
import se.connectbot.core.reply.FileRef;
import se.connectbot.core.rights.Capability;

/**
 * Files the bot delivers (invoice PDFs, reports), kept where every instance of the bot reads
 * them, for {@code connectbot.files.keep} and then purged by the core's housekeeping. Whoever makes
 * an attachment saves its content here first and puts the returned reference in the reply; the
 * adapters read the content back when they deliver it. The store checks no rights: callers that
 * hand a file to a person go through {@link FileDownloads}. Thread-safe.
 */
public interface FileStore {

    /**
     * Keeps {@code content} for {@code owner}, who must still have {@code right} to read it again.
     *
     * @throws IllegalArgumentException when the file name or content type is blank
     */
    StoredFile save(ChatUser owner, Capability right, String fileName, String contentType, byte[] content);

    /**
     * Like {@link #save(ChatUser, Capability, String, String, byte[])}, with the content read from
     * a file as it is stored, for large files made on disk (reports): an implementation should
     * stream it rather than read it into memory whole, as this default does.
     *
     * @throws java.io.UncheckedIOException when the file cannot be read
     */
    default StoredFile save(ChatUser owner, Capability right, String fileName, String contentType, java.nio.file.Path content) {
        try {
            return save(owner, right, fileName, contentType, java.nio.file.Files.readAllBytes(content));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The file, unless unknown or expired. */
    Optional<StoredFile> find(FileRef ref);

    /** The file's content, unless unknown or expired. */
    Optional<byte[]> content(FileRef ref);

    /** Forgets files past their expiry; how many. */
    int purgeExpired();
}
