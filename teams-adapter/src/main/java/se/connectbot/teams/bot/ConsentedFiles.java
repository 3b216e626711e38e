package se.connectbot.teams.bot;

import se.connectbot.core.chat.ChatUser;
import se.connectbot.core.reply.FileRef;

/**
 * Reads a file for the person who accepted its consent card, re-checking that they may still
 * have it. In the application this is the core's {@code FileDownloads.open} (owner, link and
 * portal rights); the adapter's own tests give a simpler one.
 */
@FunctionalInterface
public interface ConsentedFiles {

    /** @throws Refused when the file is unknown, someone else's, or no longer theirs to read */
    Opened open(FileRef file, ChatUser requester);

    record Opened(String fileName, byte[] content) {
    }

    final class Refused extends RuntimeException {
        public Refused(String reason) {
            super(reason);
        }
    }
}
