package se.connectbot.core.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.connectbot.core.CoreSpringTest;
import se.connectbot.core.chat.ChatUser;
import se.connectbot.core.chat.Platform;
import se.connectbot.core.crypto.TokenCipher;
import se.connectbot.core.housekeeping.Sweep;
import se.connectbot.core.reply.Block;
import se.connectbot.coretesting.CoreTestApplication;
import se.connectbot.coretesting.MutableClock;

@CoreSpringTest
class ParkedFormsTest {

    private static final ChatUser ANNA = new ChatUser(Platform.SLACK, "T-forms", "U-anna");
    private static final Block.Form TICKET = new Block.Form("ticket-7", "Nytt ärende", List.of(
            new Block.Input("subject", "Rubrik", Block.InputKind.TEXT, true, 80, "Ingen signal", List.of()),
            new Block.Input("area", "Område", Block.InputKind.SELECT, false, 0, null,
                    List.of(new Block.Option("Mobilt", "mobile"), new Block.Option("Fast <b>", "fixed")))),
            "Skicka");

    @Autowired
    ParkedForms forms;
    @Autowired
    MutableClock clock;
    @Autowired
    DataSource dataSource;
    @Autowired
    List<Sweep> sweeps;
    @Autowired
    TokenCipher cipher;

    @BeforeEach
    void startOfTheDay() {
        clock.set(CoreTestApplication.START);
    }

    @Test
    void givesTheFormBackWithItsOwnerAndOrigin() {
        UUID id = forms.park(ANNA, TICKET, "{\"channel\":\"C1\"}");

        ParkedForm parked = forms.find(id).orElseThrow();
        assertThat(parked.form()).isEqualTo(TICKET);
        assertThat(parked.owner()).isEqualTo(ANNA);
        assertThat(parked.origin()).isEqualTo("{\"channel\":\"C1\"}");
        assertThat(parked.parkedAt()).isEqualTo(CoreTestApplication.START);
    }

    @Test
    void opensOnlyForItsOwner() {
        UUID id = forms.park(ANNA, TICKET, null);

        assertThat(forms.claim(id, ANNA)).isEqualTo(new ParkedForms.Open(forms.find(id).orElseThrow()));
        assertThat(forms.claim(id, new ChatUser(Platform.SLACK, "T-forms", "U-bert"))).isEqualTo(new ParkedForms.NotYours());
        assertThat(forms.claim(id, new ChatUser(Platform.SLACK, "T-other", "U-anna")))
                .as("the same user id in another workspace is another person").isEqualTo(new ParkedForms.NotYours());
        assertThat(forms.claim(id, new ChatUser(Platform.DISCORD, "T-forms", "U-anna"))).isEqualTo(new ParkedForms.NotYours());
    }

    @Test
    void opensForAnyoneWhenParkedWithoutOwner() {
        UUID id = forms.park(null, TICKET, null);

        assertThat(forms.claim(id, new ChatUser(Platform.DISCORD, "discord", "42"))).isInstanceOf(ParkedForms.Open.class);
        assertThat(forms.find(id).orElseThrow().owner()).isNull();
    }

    @Test
    void isGoneAfterADayAndThenSwept() {
        UUID id = forms.park(ANNA, TICKET, null);
        clock.advance(Duration.ofDays(1).minusSeconds(1));
        assertThat(forms.claim(id, ANNA)).isInstanceOf(ParkedForms.Open.class);
        assertThat(forms.sweep()).isZero();

        clock.advance(Duration.ofSeconds(1));
        assertThat(forms.claim(id, ANNA)).isEqualTo(new ParkedForms.Gone());
        assertThat(sweeps).as("housekeeping runs it").contains(forms);
        assertThat(forms.sweep()).isEqualTo(1);
        assertThat(JdbcClient.create(dataSource).sql("select count(*) from parked_form where id = ?").param(id)
                .query(Integer.class).single()).isZero();
    }

    @Test
    void knowsNoUnknownForm() {
        assertThat(forms.claim(UUID.randomUUID(), ANNA)).isEqualTo(new ParkedForms.Gone());
    }

    @Test
    void anotherInstanceOpensWhatOneParked() {
        ParkedForms other = new ParkedForms(dataSource, cipher, new MutableClock(CoreTestApplication.START.plusSeconds(30)));

        UUID id = forms.park(ANNA, TICKET, "origin");

        assertThat(other.claim(id, ANNA)).isEqualTo(new ParkedForms.Open(forms.find(id).orElseThrow()));
    }

    @Test
    void keepsTheFormAndItsOriginSealedAndBoundToTheirOwner() {
        UUID id = forms.park(ANNA, TICKET, "{\"response_url\":\"https://hooks.slack.com/actions/T1/secret\"}");
        JdbcClient jdbc = JdbcClient.create(dataSource);

        String stored = jdbc.sql("select form_json || ' ' || origin from parked_form where id = :id").param("id", id)
                .query(String.class).single();
        assertThat(stored).doesNotContain("Ingen signal", "Rubrik", "hooks.slack.com", "secret");

        jdbc.sql("update parked_form set user_id = 'U-mallory' where id = :id").param("id", id).update();
        assertThat(forms.find(id)).as("a row given another owner does not open").isEmpty();
        assertThat(forms.claim(id, new ChatUser(Platform.SLACK, "T-forms", "U-mallory"))).isEqualTo(new ParkedForms.Gone());
    }

    @Test
    void refusesAnOriginTooLongToKeep() {
        assertThatThrownBy(() -> forms.park(ANNA, TICKET, "x".repeat(4_001)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("4001");
    }
}
