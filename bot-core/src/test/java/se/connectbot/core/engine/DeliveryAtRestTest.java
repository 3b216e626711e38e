package se.connectbot.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import se.connectbot.core.TranscriptTestSupport;
import se.connectbot.core.housekeeping.Housekeeping;
import se.connectbot.core.linking.LinkOutcome;
import se.connectbot.core.crypto.TokenCipher;
import se.connectbot.coretesting.ChatTranscript;
import se.connectbot.coretesting.DemoUsers;
import se.connectbot.coretesting.FakeSignIn;

/** What the delivery log keeps to repeat an answer: sealed, for the retry window only, and never a sign-in link. */
class DeliveryAtRestTest extends TranscriptTestSupport {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TokenCipher cipher;
    @Autowired
    Housekeeping housekeeping;

    @Test
    void keepsTheReplyToRepeatSealedSoNoInvoiceDetailIsReadableInTheDatabase() {
        ChatTranscript anna = signedIn(DemoUsers.ANNA).send("fakturor obetalda").expectText("5001002");
        String first = anna.text();

        String stored = storedReply(anna);
        assertThat(stored).startsWith("v1:").doesNotContain("5001002").doesNotContain("faktura");
        assertThat(cipher.decrypt(stored, "SLACK|T-test|" + anna.lastDeliveryId()))
                .as("sealed for exactly this row").contains("5001002");

        anna.redeliver().expectText(first);
    }

    @Test
    void neverStoresASignInLinkAndARedeliveredPromptGetsAFreshWorkingLink() {
        ChatTranscript chat = chat().send("logga in").expectText("Logga in i Connect-portalen");
        URI first = chat.signInLink();
        String state = FakeSignIn.state(first);
        Map<String, Object> row = jdbc.queryForMap("select * from delivery where delivery_id = ?", chat.lastDeliveryId());
        assertThat(row.get("reply")).as("no reply kept for a sign-in prompt").isNull();
        assertThat(row.values()).noneSatisfy(value -> assertThat(String.valueOf(value)).contains(state));

        URI second = chat.redeliver().expectPrivate().expectText("Logga in i Connect-portalen").signInLink();

        assertThat(second).isNotEqualTo(first);
        assertThat(FakeSignIn.state(second)).isNotEqualTo(state);
        assertThat(driver().signIn(second, DemoUsers.ANNA)).isInstanceOf(LinkOutcome.Linked.class);
        chat.send("vem är jag").expectText("Anna Lindqvist");
    }

    @Test
    void aRedeliveredSignInNeededAnswerAlsoGetsAFreshLink() {
        ChatTranscript chat = chat().send("fakturor");
        URI first = chat.signInLink();
        assertThat(storedReplyOrNull(chat)).isNull();
        assertThat(chat.redeliver().signInLink()).isNotEqualTo(first);
    }

    @Test
    void forgetsTheReplyAfterTheRetryWindowButStillDoesTheWorkOnlyOnce() {
        ChatTranscript karl = signedIn(DemoUsers.KARL).send("svara ARD-2026-000042 En gång");
        String first = karl.text();
        clock.advance(Duration.ofMinutes(9));
        karl.redeliver().expectText(first);

        clock.advance(Duration.ofMinutes(2));
        karl.redeliver().expectText("Det har jag redan svarat på").expectNoText(first);
        housekeeping.run();

        assertThat(storedReplyOrNull(karl)).as("the reply column after the retry window").isNull();
        assertThat(jdbc.queryForObject("select count(*) from delivery where delivery_id = ?", Integer.class, karl.lastDeliveryId()))
                .as("the delivery is still recognised").isOne();
        karl.redeliver().expectText("Det har jag redan svarat på");
        assertThat(portal.writes()).isEqualTo(1);
    }

    private String storedReply(ChatTranscript chat) {
        String stored = storedReplyOrNull(chat);
        assertThat(stored).as("stored reply").isNotNull();
        return stored;
    }

    private String storedReplyOrNull(ChatTranscript chat) {
        return jdbc.queryForObject("select reply from delivery where delivery_id = ?", String.class, chat.lastDeliveryId());
    }
}
