package se.connectbot.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import se.connectbot.core.TranscriptTestSupport;
import se.connectbot.core.chat.Inbound;
import se.connectbot.core.reply.Block;
import se.connectbot.coretesting.ChatTranscript;
import se.connectbot.coretesting.DemoUsers;
import se.connectbot.coretesting.Replies;

/** A form posted straight to the bot passes the same sign-in and rights checks as the command that offers it. */
class FormChecksTranscriptTest extends TranscriptTestSupport {

    private static final Map<String, String> TICKET = Map.of("category", "INVOICE", "service", "", "title", "Fakturan",
            "message", "Varför är den högre?");

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anAnonymousTicketFormGetsTheSignInPromptAndMakesNoDialog() {
        ChatTranscript anonymous = chat().deliver(new Inbound.FormSubmission("ticket", TICKET))
                .expectPrivate()
                .expectText("Du behöver logga in i Connect-portalen först.")
                .expectNoText("Ska jag skapa det här ärendet?")
                .expectNoButton("Skapa ärende");
        assertThat(Replies.blocks(anonymous.reply(), Block.Link.class)).hasSize(1);
        assertThat(dialogs(anonymous)).isZero();

        anonymous.deliver(new Inbound.FormSubmission("ticket:" + UUID.randomUUID(), TICKET))
                .expectText("Du behöver logga in i Connect-portalen först.");
        assertThat(dialogs(anonymous)).isZero();
    }

    @Test
    void aTicketFormFromAUserWithoutTheTicketRightIsRefusedPlainlyAndMakesNoDialog() {
        ChatTranscript lars = signedIn(DemoUsers.LARS).deliver(new Inbound.FormSubmission("ticket", TICKET))
                .expectText("Det får du inte göra: du saknar rättigheten ”Se/skapa ärenden” i portalen.")
                .expectNoText("Ska jag skapa det här ärendet?", "Fakturan")
                .expectNoButton("Skapa ärende");
        assertThat(dialogs(lars)).isZero();

        lars.deliver(new Inbound.FormSubmission("ticket:" + UUID.randomUUID(), TICKET)).expectText("du saknar rättigheten");
        assertThat(dialogs(lars)).isZero();
        assertThat(portal.writes()).isZero();
    }

    @Test
    void aTicketFormFromAUserWithTheRightStillLeadsToTheSummary() {
        ChatTranscript anna = signedIn(DemoUsers.ANNA).deliver(new Inbound.FormSubmission("ticket", TICKET))
                .expectText("Ska jag skapa det här ärendet?", "Rubrik: Fakturan")
                .expectButton("Skapa ärende");
        assertThat(dialogs(anna)).isOne();
    }

    private int dialogs(ChatTranscript chat) {
        return jdbc.queryForObject("select count(*) from dialog where user_id = ?", Integer.class, chat.user().userId());
    }
}
