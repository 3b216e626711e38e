package se.connectbot.teams.bot;

import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.connectbot.core.chat.ChatUser;
import se.connectbot.core.chat.Platform;
import se.connectbot.core.dispatch.Takeover;
import se.connectbot.core.files.FileStore;
import se.connectbot.core.files.StoredFile;
import se.connectbot.core.rights.Capability;
import se.connectbot.teams.testing.Activities;
import se.connectbot.teams.testing.FakeMicrosoft;
import se.connectbot.teams.testing.TeamsWireTest;
import se.connectbot.teams.testing.TestConsentedFiles;

/**
 * An accepted file consent goes through the core's durable dispatch: the one-time upload URL is
 * written once however often Teams delivers the accept, and an accept whose instance died is
 * finished by the takeover.
 */
class FileConsentDeliveryTest extends TeamsWireTest {

    private static final byte[] PDF = "%PDF-1.7 faktura 2002".getBytes(StandardCharsets.US_ASCII);

    @Autowired
    FileStore files;
    @Autowired
    TestConsentedFiles consented;
    @Autowired
    Takeover takeover;
    @Autowired
    JdbcClient jdbc;

    private ObjectNode acceptOfAnnasInvoice(String upload) {
        StoredFile file = files.save(new ChatUser(Platform.TEAMS, FakeMicrosoft.TENANT, Activities.ANNA), Capability.values()[0],
                "faktura-2002.pdf", "application/pdf", PDF);
        ObjectNode context = JsonNodeFactory.instance.objectNode().put("connectFile", file.ref().toString()).put("connectOwner", Activities.ANNA);
        return activities.fileConsent(Activities.ANNA, "accept", context, microsoft.uploadUrl(upload));
    }

    private static int puts(String upload) {
        return microsoft.server().findAll(putRequestedFor(urlPathEqualTo("/onedrive/upload/" + upload))).size();
    }

    @Test
    void anAcceptDeliveredTwiceUploadsOnce() throws InterruptedException {
        ObjectNode accept = acceptOfAnnasInvoice("twice");

        assertThat(send(accept).statusCode()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(10)).until(() -> puts("twice") == 1);
        assertThat(send(accept).statusCode()).as("Teams' retry is acknowledged like the first").isEqualTo(200);

        awaitMessages(1);
        Thread.sleep(500);
        assertThat(puts("twice")).isEqualTo(1);
        assertThat(microsoft.postedMessages()).as("one file card, nothing for the repeat").hasSize(1);
        assertThat(microsoft.postedMessages().get(0).path("attachments").get(0).path("contentType").asText())
                .isEqualTo(FileConsent.FILE_INFO_CARD);
    }

    @Test
    void anAcceptDeliveredTwiceAtOnceUploadsOnce() throws Exception {
        ObjectNode accept = acceptOfAnnasInvoice("concurrent");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<HttpResponse<String>>> responses = List.of(
                    pool.submit(() -> { start.await(); return send(accept); }),
                    pool.submit(() -> { start.await(); return send(accept); }));
            start.countDown();
            for (Future<HttpResponse<String>> response : responses) {
                assertThat(response.get().statusCode()).isEqualTo(200);
            }
        } finally {
            pool.shutdownNow();
        }

        await().atMost(Duration.ofSeconds(10)).until(() -> puts("concurrent") >= 1);
        awaitMessages(1);
        Thread.sleep(500);
        assertThat(puts("concurrent")).isEqualTo(1);
        assertThat(microsoft.postedMessages()).hasSize(1);
    }

    @Test
    void anAcceptWhoseInstanceDiedIsUploadedByTheTakeoverFromWhatWasStoredSealed() throws InterruptedException {
        jdbc.sql("update accepted_work set finished_at = now() where finished_at is null").update();
        ObjectNode accept = acceptOfAnnasInvoice("takeover");
        String delivery = Activities.ANNAS_CHAT + "|" + accept.path("id").asText();
        consented.dieOnNextRead();

        assertThat(send(accept).statusCode()).isEqualTo(200);
        await().dontCatchUncaughtExceptions().atMost(Duration.ofSeconds(10)).until(consented::died);
        Thread.sleep(300);
        assertThat(puts("takeover")).as("the instance died before uploading").isZero();
        assertThat(microsoft.postedMessages()).isEmpty();
        assertThat(jdbc.sql("select data from accepted_work where delivery_id = :d").param("d", delivery).query(String.class).single())
                .as("the upload URL is a grant: stored sealed").startsWith("v1:").doesNotContain("/onedrive/upload");

        jdbc.sql("update accepted_work set accepted_at = accepted_at - interval '1 hour', started_at = started_at - interval '1 hour'"
                + " where delivery_id = :d").param("d", delivery).update();
        assertThat(takeover.run()).isEqualTo(1);

        await().atMost(Duration.ofSeconds(10)).until(() -> puts("takeover") == 1);
        JsonNode info = awaitMessages(1).get(0).path("attachments").get(0);
        assertThat(info.path("contentType").asText()).isEqualTo(FileConsent.FILE_INFO_CARD);
        assertThat(microsoft.server().findAll(putRequestedFor(urlPathEqualTo("/onedrive/upload/takeover"))).get(0).getBody()).isEqualTo(PDF);
        await().until(() -> jdbc.sql("select finished_at is not null from accepted_work where delivery_id = :d")
                .param("d", delivery).query(Boolean.class).single());
        assertThat(takeover.run()).isZero();
        Thread.sleep(300);
        assertThat(puts("takeover")).isEqualTo(1);
    }
}
