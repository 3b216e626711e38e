package se.connectbot.core.linking;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.connectbot.core.TranscriptTestSupport;
import se.connectbot.core.audit.AuditAction;
import se.connectbot.core.audit.AuditEntry;
import se.connectbot.core.audit.AuditLog;
import se.connectbot.coretesting.ChatTranscript;
import se.connectbot.coretesting.DemoUsers;
import se.connectbot.coretesting.FakeSignIn;

class LinkingTranscriptTest extends TranscriptTestSupport {

    @Autowired
    AuditLog audit;

    @Test
    void loginGivesAPrivateLinkAndTheCallbackLinksTheAccount() {
        ChatTranscript chat = chat();
        chat.send("logga in").expectPrivate()
                .expectText("Logga in i Connect-portalen med din egen länk nedan", "Länken gäller i 10 minuter.");
        URI link = chat.signInLink();
        assertThat(link.toString()).contains("code_challenge_method=S256", "redirect_uri=http%3A%2F%2Flocalhost%3A8080%2Foauth%2Fcallback",
                "scope=openid+portal");
        LinkOutcome outcome = driver().signIn(link, DemoUsers.KARL);
        assertThat(outcome).isInstanceOfSatisfying(LinkOutcome.Linked.class, linked -> {
            assertThat(linked.portalName()).isEqualTo("Karl Berg");
            assertThat(linked.message()).isEqualTo("Du är inloggad som Karl Berg. Gå tillbaka till chatten och fortsätt där.");
        });
        chat.send("vem är jag")
                .expectText("Du är inloggad som Karl Berg", "Användarnamn: karl.konto@nordkust.se", "Användartyp: Kontoadministratör",
                        "Behörighet för konton: Region Väst", "Se/skapa ärenden")
                .expectNoText("Hantera användare");
        assertThat(audit.of(chat.user())).extracting(AuditEntry::action, AuditEntry::portalUser)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(AuditAction.ACCOUNT_LINKED, DemoUsers.KARL));
    }

    @Test
    void whoamiInEnglishAndWhenSignedOut() {
        signedIn(DemoUsers.LARS, ENGLISH).send("who am i")
                .expectText("You are signed in as Lars Holm", "User type: Administrator",
                        "Rights: View account overview, View services, View invoices, View/generate reports");
        chat().send("whoami").expectText("Du är inte inloggad. Skriv logga in");
    }

    @Test
    void saysWhoTheUserIsWhenAlreadySignedIn() {
        signedIn(DemoUsers.ANNA).send("login").expectText("Du är redan inloggad som Anna Lindqvist (anna.admin@nordkust.se).");
    }

    @Test
    void aSignInLinkWorksOnceAndOnlyInTime() {
        ChatTranscript chat = chat(ENGLISH).send("login");
        URI link = chat.signInLink();
        String code = auth.signIn(link, DemoUsers.ANNA);
        clock.advance(Duration.ofMinutes(11));
        assertThat(linking.complete(FakeSignIn.state(link), code)).isInstanceOfSatisfying(LinkOutcome.Failed.class, f -> {
            assertThat(f.reason()).isEqualTo(LinkOutcome.Reason.EXPIRED);
            assertThat(f.message()).isEqualTo("The sign-in link has expired. Ask for a new one with login in the chat.");
        });
        assertThat(linking.complete(FakeSignIn.state(link), code))
                .isInstanceOfSatisfying(LinkOutcome.Failed.class, f -> assertThat(f.reason()).isEqualTo(LinkOutcome.Reason.UNKNOWN_STATE));
        assertThat(linking.complete("forged-state", "code")).isInstanceOf(LinkOutcome.Failed.class);
        chat.send("status").expectText("You need to sign in");
    }

    @Test
    void aRefusedOrDeclinedSignInLinksNothing() {
        ChatTranscript chat = chat().send("login");
        URI link = chat.signInLink();
        assertThat(linking.complete(FakeSignIn.state(link), "wrong-code"))
                .isInstanceOfSatisfying(LinkOutcome.Failed.class, f -> assertThat(f.reason()).isEqualTo(LinkOutcome.Reason.REFUSED));
        URI another = chat.send("login").signInLink();
        assertThat(linking.decline(FakeSignIn.state(another), "access_denied"))
                .isInstanceOfSatisfying(LinkOutcome.Failed.class, f -> assertThat(f.message()).contains("avbröts eller nekades"));
        URI third = chat.send("login").signInLink();
        auth.down(true);
        assertThat(linking.complete(FakeSignIn.state(third), auth.signIn(third, DemoUsers.ANNA)))
                .isInstanceOfSatisfying(LinkOutcome.Failed.class, f -> assertThat(f.reason()).isEqualTo(LinkOutcome.Reason.PORTAL_UNAVAILABLE));
        assertThat(linking.find(chat.user())).isEmpty();
    }

    @Test
    void logoutRevokesAtThePortalAndForgets() {
        ChatTranscript chat = signedIn(DemoUsers.ANNA);
        chat.send("status 0701234567").expectText("Karin Ahl");
        String access = linking.tokens(chat.user()).accessToken();
        int before = auth.refreshCount();
        chat.send("logga ut").expectPrivate().expectText("Du är utloggad.");
        assertThat(auth.userOf(access)).as("the access token after logout").isEmpty();
        assertThat(linking.find(chat.user())).isEmpty();
        chat.send("status 0701234567").expectText("Du behöver logga in");
        chat.send("logout").expectText("Du var inte inloggad.");
        assertThat(auth.refreshCount()).isEqualTo(before);
        assertThat(audit.of(chat.user())).extracting(AuditEntry::action)
                .containsExactly(AuditAction.ACCOUNT_LINKED, AuditAction.ACCOUNT_UNLINKED);
    }

    @Test
    void aSharedChannelGetsTheSignInLinkPrivately() {
        chat().inSharedChannel("C-general").send("login").expectPrivate();
        chat().inSharedChannel("C-general").send("fakturor").expectPrivate().expectText("Du behöver logga in");
    }
}
