package se.connectbot.teams.bot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.connectbot.core.dispatch.Takeover;
import se.connectbot.core.reply.Reply;
import se.connectbot.teams.testing.Activities;
import se.connectbot.teams.testing.TeamsWireTest;

/** A message acknowledged by an instance that died before answering is answered by the core's takeover, through the connector. */
class LostWorkTakeoverTest extends TeamsWireTest {

    @Autowired
    Takeover takeover;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aMessageWhoseWorkerDiedIsAnsweredOnceByTheTakeoverFromWhatWasStoredSealed() throws InterruptedException {
        jdbc.sql("update accepted_work set finished_at = now() where finished_at is null").update();
        AtomicBoolean died = new AtomicBoolean();
        engine.answer(inbound -> {
            if (died.compareAndSet(false, true)) {
                throw new InstanceDied();
            }
            return Reply.text("Tjänsten är aktiv.");
        });
        JsonNode activity = activities.personal(Activities.ANNA, "status 0701234567", "sv-SE");
        String delivery = Activities.ANNAS_CHAT + "|" + activity.path("id").asText();

        assertThat(send(activity).statusCode()).isEqualTo(200);
        await().dontCatchUncaughtExceptions().until(died::get);
        Thread.sleep(300);
        assertThat(microsoft.postedMessages()).as("the instance died before answering").isEmpty();
        assertThat(jdbc.sql("select data from accepted_work where delivery_id = :d").param("d", delivery).query(String.class).single())
                .startsWith("v1:").doesNotContain("0701234567").doesNotContain(microsoft.serviceUrl());

        jdbc.sql("update accepted_work set accepted_at = accepted_at - interval '1 hour', started_at = started_at - interval '1 hour'"
                + " where delivery_id = :d").param("d", delivery).update();
        assertThat(takeover.run()).isEqualTo(1);

        assertThat(awaitMessages(1).get(0).toString()).contains("Tjänsten är aktiv.");
        await().until(() -> jdbc.sql("select finished_at is not null from accepted_work where delivery_id = :d")
                .param("d", delivery).query(Boolean.class).single());
        assertThat(takeover.run()).isZero();
        Thread.sleep(300);
        assertThat(microsoft.postedMessages()).hasSize(1);
        assertThat(engine.received()).hasSize(2);
    }

    /** The worker's thread ends as if its JVM had: nothing after it runs, nothing is marked. */
    private static final class InstanceDied extends Error {
        InstanceDied() {
            super("simulated: the instance died after the acknowledgement", null, false, false);
        }
    }
}
