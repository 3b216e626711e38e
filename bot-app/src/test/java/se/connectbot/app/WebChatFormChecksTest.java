package se.connectbot.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * A form posted straight to {@code POST /api/chat/forms}, without the command that offers it,
 * passes that command's sign-in and rights checks: no summary, no button, no dialog.
 */
@WholeBotTest
class WebChatFormChecksTest {

    static final String LARS = "lars.lasare@nordkust.se";
    static final Map<String, String> TICKET = Map.of("category", "INVOICE", "service", "", "title", "Fakturan",
            "message", "Varför är den högre?");

    @LocalServerPort
    int port;

    @Autowired
    DataSource dataSource;

    JdbcClient jdbc;

    @BeforeEach
    void connect() {
        jdbc = JdbcClient.create(dataSource);
    }

    @Test
    void anAnonymousSessionPostingTheTicketFormIsAskedToSignInAndMakesNoDialog() {
        WebChatClient anonymous = new WebChatClient(URI.create("http://localhost:" + port));
        assertThat(anonymous.session().get("signedIn").asBoolean()).isFalse();
        int before = webTicketDialogs();

        JsonNode reply = anonymous.submit("ticket", TICKET);

        assertThat(WebChatEndToEndTest.texts(reply)).anySatisfy(text -> assertThat(text).contains("Du behöver logga in"));
        assertThat(WebChatEndToEndTest.block(reply, "link")).isPresent();
        assertNoTicketOffered(reply);
        assertThat(webTicketDialogs()).isEqualTo(before);
    }

    @Test
    void larsWithoutTheTicketRightPostingTheTicketFormIsRefusedAndMakesNoDialog() {
        WebChatClient lars = new WebChatClient(URI.create("http://localhost:" + port));
        lars.session();
        lars.signIn(LARS, WebChatEndToEndTest.PASSWORD);
        assertThat(lars.session().get("signedIn").asBoolean()).isTrue();
        int before = webTicketDialogs();

        JsonNode reply = lars.submit("ticket", TICKET);

        assertThat(WebChatEndToEndTest.texts(reply))
                .anySatisfy(text -> assertThat(text).contains("du saknar rättigheten ”Se/skapa ärenden”"));
        assertNoTicketOffered(reply);
        assertThat(webTicketDialogs()).isEqualTo(before);
    }

    private static void assertNoTicketOffered(JsonNode reply) {
        assertThat(WebChatEndToEndTest.texts(reply)).noneSatisfy(text -> assertThat(text).contains("Ska jag skapa det här ärendet?"));
        assertThat(WebChatEndToEndTest.choices(reply)).noneSatisfy(c -> assertThat(c.get("label").asString()).isEqualTo("Skapa ärende"));
        assertThat(WebChatEndToEndTest.block(reply, "fields")).isEmpty();
    }

    private int webTicketDialogs() {
        return jdbc.sql("select count(*) from dialog where platform = 'WEB' and type = 'ticket'").query(Integer.class).single();
    }
}
