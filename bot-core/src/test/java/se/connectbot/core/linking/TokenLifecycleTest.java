package se.connectbot.core.linking;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import se.connectbot.core.TranscriptTestSupport;
import se.connectbot.core.chat.ChatUser;
import se.connectbot.coretesting.ChatTranscript;
import se.connectbot.coretesting.DemoUsers;
import se.connectbot.coretesting.FakeSignIn;
import se.connectbot.portal.api.UserTokens;

class TokenLifecycleTest extends TranscriptTestSupport {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void keepsTokensAndTheVerifierEncryptedAtRest() {
        ChatTranscript chat = chat().send("login");
        String state = se.connectbot.coretesting.FakeSignIn.state(chat.signInLink());
        String verifier = jdbc.queryForObject("select verifier_enc from pending_link where state = ?", String.class, state);
        assertThat(verifier).startsWith("v1:");
        FakeSignIn.complete(linking, state, auth.signIn(chat.signInLink(), DemoUsers.ANNA));

        Map<String, Object> row = jdbc.queryForMap("select * from account_link where user_id = ?", chat.user().userId());
        assertThat(row.get("access_token_enc").toString()).startsWith("v1:").doesNotContain("at-");
        assertThat(row.get("refresh_token_enc").toString()).startsWith("v1:").doesNotContain("rt-");
        assertThat(row.get("portal_username")).isEqualTo(DemoUsers.ANNA);
        assertThat(jdbc.queryForObject("select count(*) from pending_link where state = ?", Integer.class, state)).isZero();
    }

    @Test
    void signOutRevokesTheTokensAndEndsThePortalSessionWithTheNewestIdTokenEncryptedUntilThen() {
        ChatTranscript chat = signedIn(DemoUsers.ANNA);
        String firstAccess = linking.tokens(chat.user()).accessToken();
        assertThat(jdbc.queryForObject("select id_token_enc from account_link where user_id = ?", String.class, chat.user().userId()))
                .startsWith("v1:").doesNotContain("id-");
        clock.advance(Duration.ofMinutes(11));
        String refreshedAccess = linking.tokens(chat.user()).accessToken();
        assertThat(refreshedAccess).isNotEqualTo(firstAccess);
        URI back = URI.create("https://bot.example/");

        Optional<URI> portal = linking.signOut(chat.user(), back);

        // the refresh brought a new ID token; the portal knows only that one
        String newest = "id-" + refreshedAccess.substring("at-".length());
        assertThat(portal).hasValueSatisfying(url -> assertThat(url.toString())
                .isEqualTo("https://portal.example/connect/logout?id_token_hint=" + newest
                        + "&post_logout_redirect_uri=https%3A%2F%2Fbot.example%2F"));
        assertThat(auth.userOf(refreshedAccess)).as("revoked").isEmpty();
        assertThat(linking.find(chat.user())).isEmpty();
        assertThat(linking.signOut(chat.user(), back)).as("no link, nothing to end").isEmpty();
    }

    @Test
    void refreshesAnExpiredAccessTokenUnnoticedAndKeepsTheRotatedRefreshToken() {
        ChatTranscript chat = signedIn(DemoUsers.ANNA);
        int before = auth.refreshCount();
        clock.advance(Duration.ofMinutes(11));
        chat.send("status 0701234567").expectText("Karin Ahl");
        clock.advance(Duration.ofMinutes(11));
        chat.send("status 0701234567").expectText("Karin Ahl");
        // the second refresh only works with the refresh token the first one rotated in
        assertThat(auth.refreshCount()).isEqualTo(before + 2);
    }

    @Test
    void twoRefreshesAtOnceDoNotBurnTheRotatedToken() throws Exception {
        ChatUser user = signedIn(DemoUsers.ANNA).user();
        clock.advance(Duration.ofMinutes(11));
        int before = auth.refreshCount();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            CountDownLatch start = new CountDownLatch(1);
            Callable<String> refresh = () -> {
                UserTokens tokens = linking.tokens(user);
                start.await();
                return tokens.accessToken();
            };
            List<Future<String>> results = List.of(pool.submit(refresh), pool.submit(refresh), pool.submit(refresh), pool.submit(refresh));
            start.countDown();
            for (Future<String> result : results) {
                assertThat(auth.userOf(result.get())).contains(DemoUsers.ANNA);
            }
        } finally {
            pool.shutdown();
        }
        assertThat(auth.refreshCount()).isEqualTo(before + 1);
        clock.advance(Duration.ofMinutes(11));
        assertThat(auth.userOf(linking.tokens(user).accessToken())).contains(DemoUsers.ANNA);
        assertThat(auth.refreshesInTransaction()).as("refreshes holding a connection and the link's row lock").isZero();
    }

    @Test
    void aTokenRefusedByThePortalIsRefreshedOnce() {
        ChatTranscript chat = signedIn(DemoUsers.ANNA);
        String access = linking.tokens(chat.user()).accessToken();
        auth.revoke(access);
        int before = auth.refreshCount();
        chat.send("status 0701234567").expectText("Karin Ahl");
        assertThat(auth.refreshCount()).isEqualTo(before + 1);
    }

    @Test
    void aRevokedLinkAsksToSignInAgain() {
        ChatTranscript chat = signedIn(DemoUsers.ANNA, ENGLISH);
        auth.revokeAll(DemoUsers.ANNA);
        chat.send("status 0701234567").expectPrivate()
                .expectText("Your sign-in has expired or was revoked. Please sign in again", "Sign in to the Connect portal <");
        assertThat(linking.find(chat.user())).isEmpty();
        chat.signInAs(DemoUsers.ANNA, driver()).send("status 0701234567").expectText("Karin Ahl");
    }
}
