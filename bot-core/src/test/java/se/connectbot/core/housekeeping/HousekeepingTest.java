package se.connectbot.core.housekeeping;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import se.connectbot.core.TranscriptTestSupport;
import se.connectbot.coretesting.ChatTranscript;
import se.connectbot.coretesting.DemoUsers;

class HousekeepingTest extends TranscriptTestSupport {

    @Autowired
    Housekeeping housekeeping;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void forgetsOldDeliveriesFinishedDialogsAndUnusedSignInLinks() {
        ChatTranscript chat = signedIn(DemoUsers.ANNA).send("fyll på 0701234567 5GB").click("Beställ");
        chat.send("login");
        ChatTranscript stranger = chat().send("login");
        String user = chat.user().userId();
        assertThat(count("delivery where workspace_id = 'T-test' and delivery_id = '" + lastDelivery(chat) + "'")).isOne();

        clock.advance(Duration.ofHours(2));
        housekeeping.run();
        assertThat(count("pending_link where user_id = '" + stranger.user().userId() + "'")).isZero();
        assertThat(count("dialog where user_id = '" + user + "'")).isOne();

        clock.advance(Duration.ofDays(8));
        housekeeping.run();
        assertThat(count("dialog where user_id = '" + user + "'")).isZero();
        assertThat(count("delivery where workspace_id = 'T-test' and delivery_id = '" + lastDelivery(chat) + "'")).isZero();
        assertThat(count("account_link where user_id = '" + user + "'")).isOne();
    }

    private int count(String fromWhere) {
        return jdbc.queryForObject("select count(*) from " + fromWhere, Integer.class);
    }

    private static String lastDelivery(ChatTranscript chat) {
        return chat.lastDeliveryId();
    }
}
