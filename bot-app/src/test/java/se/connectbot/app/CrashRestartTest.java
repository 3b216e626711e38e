package se.connectbot.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import se.connectbot.embeddeddb.testing.ChildApplications;

/**
 * The whole application as {@code java} runs it, killed with SIGKILL and started once more on the
 * same data: the embedded PostgreSQL that the killed JVM left running (it serves the bot and the
 * in-process sandbox) must not make the next start fail.
 */
class CrashRestartTest {

    private final ChildApplications children = new ChildApplications("crash-restart");

    @Test
    void startsAtTheFirstAttemptAfterTheApplicationWasKilled() throws Exception {
        assumeTrue(ChildApplications.onLinux(), "a leftover server is recognised through /proc: Linux only");
        int port = ChildApplications.freePort();
        int sandboxPort = ChildApplications.freePort();

        Process first = start(port, sandboxPort, "first");
        children.awaitHealthy(first, port, "first");
        ChildApplications.kill(first); // SIGKILL: no shutdown hook stops the embedded PostgreSQL

        Process second = start(port, sandboxPort, "second");
        children.awaitHealthy(second, port, "second");
        assertThat(children.output("second")).contains("that an earlier run left running");
    }

    private Process start(int port, int sandboxPort, String name) throws Exception {
        return children.start(ConnectBotApplication.class, name, "--server.port=" + port, "--connectbot.sandbox.port=" + sandboxPort);
    }

    @AfterEach
    void stopAll() throws InterruptedException {
        children.close();
    }
}
