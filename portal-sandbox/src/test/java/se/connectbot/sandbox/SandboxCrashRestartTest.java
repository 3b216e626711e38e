package se.connectbot.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import se.connectbot.embeddeddb.testing.ChildApplications;

/**
 * The sandbox portal started on its own, as {@code java} runs it with a kept data directory,
 * killed with SIGKILL and started once more: the embedded PostgreSQL the killed JVM left running
 * must not make the next start fail (issue 7 saw "postmaster.pid already exists" here too).
 */
class SandboxCrashRestartTest {

    private final ChildApplications children = new ChildApplications("crash-restart");

    @Test
    void startsAtTheFirstAttemptAfterTheSandboxWasKilled() throws Exception {
        assumeTrue(ChildApplications.onLinux(), "a leftover server is recognised through /proc: Linux only");
        int port = ChildApplications.freePort();

        Process first = children.start(SandboxApplication.class, "first", "--server.port=" + port);
        children.awaitHealthy(first, port, "first");
        ChildApplications.kill(first); // SIGKILL: no shutdown hook stops the embedded PostgreSQL

        Process second = children.start(SandboxApplication.class, "second", "--server.port=" + port);
        children.awaitHealthy(second, port, "second");
        assertThat(children.output("second")).contains("that an earlier run left running");
    }

    @AfterEach
    void stopAll() throws InterruptedException {
        children.close();
    }
}
