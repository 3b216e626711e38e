package se.connectbot.core.reply;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The id of a file kept in the core's file store ({@code se.connectbot.core.files.FileStore}):
 * what a {@link Block.Attachment} carries instead of the file's bytes. Random and unguessable,
 * but no credential: whoever reads the file is checked when they read it.
 */
public record FileRef(UUID id) {

    public FileRef {
        Objects.requireNonNull(id, "id");
    }

    /** A new, random id. */
    public static FileRef random() {
        return new FileRef(UUID.randomUUID());
    }

    /** The id written as {@link #toString()} writes it; empty when {@code text} is not one. */
    public static Optional<FileRef> parse(@Nullable String text) {
        if (text == null || text.length() != 36) {
            return Optional.empty();
        }
        try {
            return Optional.of(new FileRef(UUID.fromString(text)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return id.toString();
    }
}
