package se.connectbot.slack.install;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import com.slack.api.bolt.model.builtin.DefaultInstaller;
import java.sql.Timestamp;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.connectbot.core.crypto.TokenCipher;
import se.connectbot.slack.testing.SlackTestApplication;

/** Installations' tokens are sealed with the core's cipher, bound to their row; rows sealed the old way still open. */
@SpringBootTest(classes = SlackTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.NONE,
        properties = {
                "SLACK_SIGNING_SECRET=tokens-signing-secret",
                "SLACK_CLIENT_ID=1111.2222",
                "SLACK_CLIENT_SECRET=client-secret-for-tests",
                "embedded-db.database=slack_tokens",
                "connectbot.crypto.key=AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8="
        })
class InstallationTokensTest {

    /** Sealed by slack-adapter's former TokenCipher with the key above, bound to the column only. */
    static final String LEGACY_BOT_TOKEN = "v1:Zhs80TUD4V2CB1xmu+5EmqLGIPFcHmnU3s8NSYKCRUvt5ZEPlQGSl8+PEQbfD4P33A==";

    @Autowired
    JdbcInstallationService installations;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TokenCipher cipher;

    @BeforeEach
    void noInstallations() {
        jdbc.sql("delete from slack_installation").update();
    }

    @Test
    void tokenCopiedIntoAnotherWorkspacesRowDoesNotOpenThere() {
        installations.saveInstallerAndBot(installer("T0NORD", "xoxb-nordkust"));
        installations.saveInstallerAndBot(installer("T0FJALL", "xoxb-fjallbygg"));

        jdbc.sql("update slack_installation set bot_token_enc = (select bot_token_enc from slack_installation where team_key = 'T0NORD')"
                + " where team_key = 'T0FJALL'").update();

        assertThat(installations.findBot(null, "T0NORD").getBotAccessToken()).isEqualTo("xoxb-nordkust");
        assertThatIllegalStateException().isThrownBy(() -> installations.findBot(null, "T0FJALL"));
    }

    @Test
    void rowSealedByTheFormerSlackCipherIsReadAndSealedAgainBoundToItsRow() {
        jdbc.sql("""
                insert into slack_installation (enterprise_key, team_key, team_id, bot_user_id, bot_token_enc, installed_at)
                values ('', 'T0OLD', 'T0OLD', 'U0BOT', :token, :at)""")
                .param("token", LEGACY_BOT_TOKEN).param("at", Timestamp.from(Instant.now())).update();

        assertThat(installations.findBot(null, "T0OLD").getBotAccessToken()).isEqualTo("xoxb-legacy-bot-token");

        String resealed = jdbc.sql("select bot_token_enc from slack_installation where team_key = 'T0OLD'").query(String.class).single();
        assertThat(resealed).isNotEqualTo(LEGACY_BOT_TOKEN);
        assertThat(cipher.decrypt(resealed, "slack-bot-token||T0OLD")).isEqualTo("xoxb-legacy-bot-token");
        assertThat(installations.findBot(null, "T0OLD").getBotAccessToken()).isEqualTo("xoxb-legacy-bot-token");
    }

    private static DefaultInstaller installer(String team, String token) {
        DefaultInstaller installer = new DefaultInstaller();
        installer.setAppId("A123");
        installer.setTeamId(team);
        installer.setInstallerUserId("U0ADMIN");
        installer.setBotUserId("U0BOT");
        installer.setBotAccessToken(token);
        installer.setInstalledAt(System.currentTimeMillis());
        return installer;
    }
}
