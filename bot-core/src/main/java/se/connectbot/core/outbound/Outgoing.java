package se.connectbot.core.outbound;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import se.connectbot.core.chat.ChatUser;
import se.connectbot.core.chat.ConversationRef;
import se.connectbot.core.chat.Platform;
import se.connectbot.core.i18n.Language;
import se.connectbot.core.reply.Block;
import se.connectbot.core.reply.Reply;

/**
 * Something the bot says on its own initiative; each answers with the {@link MessageRef} of
 * what was posted. A sender switches over these (the set is sealed, so a new kind makes the
 * compiler point at every sender). Immutable.
 *
 * <p>What goes into a conversation carries the language its text is in, so that the words a
 * platform's sender adds of its own (a long post's "continued, part 2 of 3", a select's
 * placeholder, a paging label) speak it too; the shorter constructors say Swedish, the bot's
 * first language. A private message speaks its recipient's chosen language instead.
 */
public sealed interface Outgoing {

    /** Where this goes: the platform whose sender handles it. */
    Platform platform();

    Reply reply();

    /**
     * The reply for everyone in a conversation; a long reply may take several messages (the first is answered).
     *
     * @param marker null, or a token unique to this post that the sender tags it with where the
     *               platform keeps such a tag (Slack: the message's metadata), so that
     *               {@link OutboundSender#findPosted} can tell later whether the platform took it
     * @param language the language of the reply's text, for the words the sender adds
     */
    record Post(ConversationRef to, Reply reply, @Nullable String marker, Language language) implements Outgoing {
        public Post {
            Objects.requireNonNull(to, "to");
            Objects.requireNonNull(reply, "reply");
            Objects.requireNonNull(language, "language");
            if (marker != null && !marker.matches("[A-Za-z0-9_-]{1,25}")) {
                throw new IllegalArgumentException("a marker is 1-25 letters, digits, '-' or '_' but was '" + marker + "'");
            }
        }

        /** A post in Swedish. */
        public Post(ConversationRef to, Reply reply, @Nullable String marker) {
            this(to, reply, marker, Language.DEFAULT);
        }

        /** A post in Swedish without a marker. */
        public Post(ConversationRef to, Reply reply) {
            this(to, reply, null);
        }

        @Override
        public Platform platform() {
            return to.platform();
        }
    }

    /** Replaces a message the bot posted; the reply must fit one message and carry no form or file. */
    record Update(MessageRef message, Reply reply, Language language) implements Outgoing {
        public Update {
            Objects.requireNonNull(message, "message");
            Objects.requireNonNull(reply, "reply");
            Objects.requireNonNull(language, "language");
        }

        /** In Swedish. */
        public Update(MessageRef message, Reply reply) {
            this(message, reply, Language.DEFAULT);
        }

        @Override
        public Platform platform() {
            return message.platform();
        }
    }

    /** The reply in the thread of a message the bot posted (where a platform has no threads: after it). */
    record ThreadReply(MessageRef parent, Reply reply, Language language) implements Outgoing {
        public ThreadReply {
            Objects.requireNonNull(parent, "parent");
            Objects.requireNonNull(reply, "reply");
            Objects.requireNonNull(language, "language");
        }

        /** In Swedish. */
        public ThreadReply(MessageRef parent, Reply reply) {
            this(parent, reply, Language.DEFAULT);
        }

        @Override
        public Platform platform() {
            return parent.platform();
        }
    }

    /** The reply to one person alone, in their direct conversation with the bot. */
    record Private(ChatUser to, Reply reply) implements Outgoing {
        public Private {
            Objects.requireNonNull(to, "to");
            Objects.requireNonNull(reply, "reply");
        }

        @Override
        public Platform platform() {
            return to.platform();
        }
    }

    /** A reply holding at least one file ({@link Block.Attachment}), with any text around it, into a conversation. */
    record File(ConversationRef to, Reply reply, Language language) implements Outgoing {
        public File {
            Objects.requireNonNull(to, "to");
            Objects.requireNonNull(reply, "reply");
            Objects.requireNonNull(language, "language");
            if (reply.blocks().stream().noneMatch(Block.Attachment.class::isInstance)) {
                throw new IllegalArgumentException("a file delivery must hold a file but held " + reply.blocks().size() + " other blocks");
            }
        }

        /** In Swedish. */
        public File(ConversationRef to, Reply reply) {
            this(to, reply, Language.DEFAULT);
        }

        @Override
        public Platform platform() {
            return to.platform();
        }
    }
}
