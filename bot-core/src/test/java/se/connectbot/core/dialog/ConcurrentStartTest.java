package se.connectbot.core.dialog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import se.connectbot.core.TranscriptTestSupport;
import se.connectbot.core.chat.Inbound;
import se.connectbot.coretesting.ChatTranscript;
import se.connectbot.coretesting.DemoUsers;
import se.connectbot.coretesting.Replies;

class ConcurrentStartTest extends TranscriptTestSupport {

    private static final int SENDERS = 20;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void twentyConcurrentStartsOfOneDialogAllAnswerWithThatDialog() throws Exception {
        ChatTranscript chat = signedIn(DemoUsers.ANNA);

        List<String> answers = sendAtOnce(chat, "fyll på");

        assertThat(answers).hasSize(SENDERS).allSatisfy(answer -> assertThat(answer)
                .contains("Vilket mobilabonnemang vill du fylla på?")
                .doesNotContain("Något gick fel"));
        assertThat(activeDialogs(chat)).isOne();
    }

    @Test
    void aRepeatedStartOfAnUntouchedDialogShowsThatDialogInsteadOfReplacingIt() {
        ChatTranscript chat = signedIn(DemoUsers.ANNA).send("fyll på");
        chat.send("fyll på").expectText("Vilket mobilabonnemang vill du fylla på?").expectNoText("avbröts");
        assertThat(activeDialogs(chat)).isOne();
        assertThat(jdbc.queryForObject("select count(*) from dialog where user_id = ?", Integer.class, chat.user().userId()))
                .as("no second dialog was made").isOne();

        chat.click("070-123 45 67 – Mobil Bas 10 GB").send("fyll på")
                .expectText("Din tidigare dialog (påfyllningen) avbröts", "Vilket mobilabonnemang vill du fylla på?");
        assertThat(activeDialogs(chat)).isOne();
    }

    private List<String> sendAtOnce(ChatTranscript chat, String text) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(SENDERS);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<String>> futures = new ArrayList<>();
            for (int i = 0; i < SENDERS; i++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return Replies.text(engine.handle(new Inbound(UUID.randomUUID().toString(), chat.user(), chat.conversation(),
                            SWEDISH, new Inbound.Text(text))));
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

    private int activeDialogs(ChatTranscript chat) {
        return jdbc.queryForObject("select count(*) from dialog where user_id = ? and status = 'ACTIVE'", Integer.class,
                chat.user().userId());
    }
}
