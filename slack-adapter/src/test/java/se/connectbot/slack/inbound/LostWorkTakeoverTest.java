package se.connectbot.slack.inbound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.google.gson.JsonObject;
import java.net.http.HttpResponse;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.connectbot.core.dispatch.Takeover;
import se.connectbot.core.reply.Reply;
import se.connectbot.slack.testing.FakeSlack;
import se.connectbot.slack.testing.SignedRequests;
import se.connectbot.slack.testing.SlackWireTest;

/** A slash command acknowledged by an instance that died before answering is answered by the core's takeover, at the wire. */
class LostWorkTakeoverTest extends SlackWireTest {

    private static final String DELIVERY = "cmd:trigger-lost-1";

    @Autowired
    Takeover takeover;
    @Autowired
    JdbcClient jdbc;

    @Test
    void commandWhoseWorkerDiedIsAnsweredOnceThroughItsResponseUrlWhichIsNotStoredInClear() throws InterruptedException {
        jdbc.sql("update accepted_work set finished_at = now() where finished_at is null").update();
        AtomicBoolean died = new AtomicBoolean();
        engine.answer(inbound -> {
            if (died.compareAndSet(false, true)) {
                throw new InstanceDied();
            }
            return Reply.text("Tjänsten är aktiv.");
        });
        String responseUrl = slack.responseUrl("lost-1");

        HttpResponse<String> ack = requests.sendForm(SignedRequests.slashCommand(FakeSlack.TEAM, "C0GENERAL", FakeSlack.SWEDE,
                "status 0701234567", "trigger-lost-1", responseUrl));

        assertThat(ack.statusCode()).isEqualTo(200);
        await().dontCatchUncaughtExceptions().until(died::get);
        Thread.sleep(300);
        assertThat(slack.requestsTo("/hooks/lost-1")).as("the instance died before answering").isEmpty();
        assertThat(jdbc.sql("select data from accepted_work where delivery_id = :d").param("d", DELIVERY).query(String.class).single())
                .startsWith("v1:").doesNotContain("lost-1").doesNotContain("0701234567").doesNotContain("xoxb");

        jdbc.sql("update accepted_work set accepted_at = accepted_at - interval '1 hour', started_at = started_at - interval '1 hour'"
                + " where delivery_id = :d").param("d", DELIVERY).update();
        assertThat(takeover.run()).isEqualTo(1);

        JsonObject posted = FakeSlack.json(awaitRequests("/hooks/lost-1", 1).get(0).getBodyAsString());
        assertThat(posted.toString()).contains("Tjänsten är aktiv.");
        await().until(() -> jdbc.sql("select finished_at is not null from accepted_work where delivery_id = :d")
                .param("d", DELIVERY).query(Boolean.class).single());
        assertThat(takeover.run()).isZero();
        Thread.sleep(300);
        assertThat(slack.requestsTo("/hooks/lost-1")).hasSize(1);
        assertThat(engine.received()).hasSize(2);
    }

    /** The worker's thread ends as if its JVM had: nothing after it runs, nothing is marked. */
    private static final class InstanceDied extends Error {
        InstanceDied() {
            super("simulated: the instance died after the acknowledgement", null, false, false);
        }
    }
}
