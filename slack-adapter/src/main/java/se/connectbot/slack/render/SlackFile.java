package se.connectbot.slack.render;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import se.connectbot.core.reply.Block;

/**
 * A file a rendered reply delivers: one the core kept in its file store (an invoice PDF, whose
 * content the delivery reads from the store), or one the renderer made itself with its content in
 * hand (a list too long for a message, as CSV).
 */
public sealed interface SlackFile {

    String fileName();

    String contentType();

    @Nullable String title();

    /** A file of the reply, by reference to the core's file store. */
    record Stored(Block.Attachment attachment) implements SlackFile {
        public Stored {
            Objects.requireNonNull(attachment, "attachment");
        }

        @Override
        public String fileName() {
            return attachment.fileName();
        }

        @Override
        public String contentType() {
            return attachment.contentType();
        }

        @Override
        public @Nullable String title() {
            return attachment.title();
        }
    }

    /** A file with its content: made by the renderer, or a stored one read for its upload. */
    record Inline(String fileName, String contentType, byte[] content, @Nullable String title) implements SlackFile {
        public Inline {
            Objects.requireNonNull(fileName, "fileName");
            Objects.requireNonNull(contentType, "contentType");
            Objects.requireNonNull(content, "content");
        }
    }
}
