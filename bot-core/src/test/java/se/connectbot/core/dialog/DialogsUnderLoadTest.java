package se.connectbot.core.dialog;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.connectbot.core.TranscriptTestSupport;
import se.connectbot.coretesting.ChatTranscript;
import se.connectbot.coretesting.DemoUsers;
import se.connectbot.portal.api.Order;

/** Dialogs hold no connection while they call the portal, so a slow portal cannot drain a small pool. */
class DialogsUnderLoadTest extends TranscriptTestSupport {

    private static final int DIALOGS = 50;

    @Autowired
    DataSource dataSource;

    @Test
    void fiftyConcurrentTopUpsThroughASlowPortalOnTenConnectionsEachOrderOnce() throws Exception {
        assertThat(dataSource.unwrap(HikariDataSource.class).getMaximumPoolSize()).isEqualTo(10);
        List<ChatTranscript> chats = new ArrayList<>();
        for (int i = 0; i < DIALOGS; i++) {
            chats.add(signedIn(DemoUsers.ANNA));
        }
        portal.latency(Duration.ofMillis(400));

        List<String> answers = all(chats, chat -> {
            chat.send("fyll på 0701234567 5GB").expectText("Stämmer det här?").click("Beställ");
            String done = chat.text();
            chat.clickAgain().expectText(done);
            return done;
        });

        assertThat(answers).allSatisfy(answer -> assertThat(answer).contains("Klart! Påfyllningen är beställd med ordernummer"));
        List<Order> orders = portal.orders().stream().filter(o -> o.kind() == Order.OrderKind.TOP_UP).toList();
        assertThat(orders).hasSize(DIALOGS);
        assertThat(answers).as("each dialog answers with its own order")
                .allSatisfy(answer -> assertThat(orders).filteredOn(o -> answer.contains(o.number())).hasSize(1));
        assertThat(portal.writes()).isEqualTo(DIALOGS);
        assertThat(portal.callsInTransaction()).as("portal calls made while holding a transaction").isZero();
    }

    /** The same, with every access token expired: each dialog's first portal call refreshes it through a slow token endpoint. */
    @Test
    void fiftyConcurrentTopUpsWhoseTokensExpiredRefreshThemWithNoConnectionHeld() throws Exception {
        List<ChatTranscript> chats = new ArrayList<>();
        for (int i = 0; i < DIALOGS; i++) {
            chats.add(signedIn(DemoUsers.ANNA));
        }
        clock.advance(Duration.ofMinutes(11));
        int refreshesBefore = auth.refreshCount();
        auth.latency(Duration.ofMillis(400));
        portal.latency(Duration.ofMillis(400));
        try {
            List<String> answers = all(chats, chat -> {
                chat.send("fyll på 0701234567 5GB").expectText("Stämmer det här?").click("Beställ");
                return chat.text();
            });

            assertThat(answers).allSatisfy(answer -> assertThat(answer).contains("Klart! Påfyllningen är beställd med ordernummer"));
            assertThat(auth.refreshCount() - refreshesBefore).as("one refresh per link").isEqualTo(DIALOGS);
            assertThat(auth.refreshesInTransaction()).as("refreshes made while holding a transaction").isZero();
            assertThat(portal.callsInTransaction()).as("portal calls made while holding a transaction").isZero();
        } finally {
            auth.latency(Duration.ZERO);
        }
    }

    private List<String> all(List<ChatTranscript> chats, Conversation conversation) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(chats.size());
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<String>> futures = new ArrayList<>();
            for (ChatTranscript chat : chats) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return conversation.run(chat);
                }));
            }
            start.countDown();
            List<String> answers = new ArrayList<>();
            for (Future<String> future : futures) {
                answers.add(future.get());
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }

    private interface Conversation {
        String run(ChatTranscript chat);
    }
}
