package se.connectbot.teams.testing;

import java.util.concurrent.atomic.AtomicBoolean;
import se.connectbot.core.chat.ChatUser;
import se.connectbot.core.files.FileStore;
import se.connectbot.core.reply.FileRef;
import se.connectbot.teams.bot.ConsentedFiles;

/**
 * The owner's file, as the core's FileDownloads hands it out (without the portal rights check,
 * which needs the core); a test may have the next read end its thread as if the JVM had died.
 */
public final class TestConsentedFiles implements ConsentedFiles {

    private final FileStore files;
    private final AtomicBoolean dieNext = new AtomicBoolean();
    private final AtomicBoolean died = new AtomicBoolean();

    TestConsentedFiles(FileStore files) {
        this.files = files;
    }

    @Override
    public Opened open(FileRef ref, ChatUser requester) {
        if (dieNext.compareAndSet(true, false)) {
            died.set(true);
            throw new InstanceDied();
        }
        return files.find(ref).filter(f -> f.owner().equals(requester))
                .flatMap(f -> files.content(ref).map(c -> new Opened(f.fileName(), c)))
                .orElseThrow(() -> new Refused("not the owner's file"));
    }

    public void dieOnNextRead() {
        died.set(false);
        dieNext.set(true);
    }

    public boolean died() {
        return died.get();
    }

    /** The worker's thread ends as if its JVM had: nothing after it runs, nothing is marked. */
    private static final class InstanceDied extends Error {
        InstanceDied() {
            super("simulated: the instance died after the acknowledgement", null, false, false);
        }
    }
}
