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
import se.connectbot.core.chat.ChatUser;
import se.connectbot.core.chat.ConversationRef;
import se.connectbot.core.chat.DisplayNames;
import se.connectbot.core.chat.Platform;
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
        assertThat(FakeSignIn.complete(linking, FakeSignIn.state(link), code)).isInstanceOfSatisfying(LinkOutcome.Failed.class, f -> {
            assertThat(f.reason()).isEqualTo(LinkOutcome.Reason.EXPIRED);
            assertThat(f.message()).isEqualTo("The sign-in link has expired. Ask for a new one with login in the chat.");
        });
        assertThat(FakeSignIn.complete(linking, FakeSignIn.state(link), code))
                .isInstanceOfSatisfying(LinkOutcome.Failed.class, f -> assertThat(f.reason()).isEqualTo(LinkOutcome.Reason.UNKNOWN_STATE));
        assertThat(FakeSignIn.complete(linking, "forged-state", "code")).isInstanceOf(LinkOutcome.Failed.class);
        chat.send("status").expectText("You need to sign in");
    }

    @Test
    void aRefusedOrDeclinedSignInLinksNothing() {
        ChatTranscript chat = chat().send("login");
        URI link = chat.signInLink();
        assertThat(FakeSignIn.complete(linking, FakeSignIn.state(link), "wrong-code"))
                .isInstanceOfSatisfying(LinkOutcome.Failed.class, f -> assertThat(f.reason()).isEqualTo(LinkOutcome.Reason.REFUSED));
        URI another = chat.send("login").signInLink();
        assertThat(linking.decline(FakeSignIn.state(another), "access_denied"))
                .isInstanceOfSatisfying(LinkOutcome.Failed.class, f -> assertThat(f.message()).contains("avbröts eller nekades"));
        URI third = chat.send("login").signInLink();
        auth.down(true);
        assertThat(FakeSignIn.complete(linking, FakeSignIn.state(third), auth.signIn(third, DemoUsers.ANNA)))
                .isInstanceOfSatisfying(LinkOutcome.Failed.class, f -> assertThat(f.reason()).isEqualTo(LinkOutcome.Reason.PORTAL_UNAVAILABLE));
        assertThat(linking.find(chat.user())).isEmpty();
    }

    @Test
    void logoutInEnglishOffersToEndThePortalSessionToo() {
        signedIn(DemoUsers.LARS, ENGLISH).send("log out").expectPrivate()
                .expectText("You are signed out", "If you share the computer, sign out there too.")
                .expectReply(reply -> assertThat(reply.blocks()).anySatisfy(block -> assertThat(block)
                        .isInstanceOfSatisfying(se.connectbot.core.reply.Block.Link.class,
                                link -> assertThat(link.label()).isEqualTo("Sign out of the portal"))));
    }

    @Test
    void logoutRevokesAtThePortalAndForgets() {
        ChatTranscript chat = signedIn(DemoUsers.ANNA);
        chat.send("status 0701234567").expectText("Karin Ahl");
        String access = linking.tokens(chat.user()).accessToken();
        int before = auth.refreshCount();
        chat.send("logga ut").expectPrivate().expectText("Du är utloggad.", "Delar du dator med någon")
                .expectReply(reply -> assertThat(reply.blocks()).anySatisfy(block -> assertThat(block)
                        .isInstanceOfSatisfying(se.connectbot.core.reply.Block.Link.class, link -> {
                            assertThat(link.label()).isEqualTo("Logga ut från portalen");
                            assertThat(link.url()).startsWith("https://portal.example/connect/logout?id_token_hint=id-");
                        })));
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

    @Test
    void aChatSignInLinksNothingUntilThePersonConfirmsWhomToWhom() {
        ChatTranscript chat = chat().send("logga in");
        URI link = chat.signInLink();
        String state = FakeSignIn.state(link);
        LinkOutcome exchanged = linking.exchange(state, auth.signIn(link, DemoUsers.ANNA), false);
        assertThat(exchanged).isInstanceOfSatisfying(LinkOutcome.AwaitingConfirmation.class, asked -> {
            assertThat(asked.state()).isEqualTo(state);
            assertThat(asked.chatUser()).isEqualTo(chat.user());
            assertThat(asked.message()).isEqualTo("Koppla portalanvändaren Anna Lindqvist till Slack-användaren "
                    + chat.user().userId() + " i arbetsytan " + chat.user().workspaceId() + "?");
        });
        assertThat(linking.find(chat.user())).as("linked before the confirmation").isEmpty();
        assertThat(linking.exchange(state, "code-again", false)).as("a second callback for the same state")
                .isInstanceOfSatisfying(LinkOutcome.Failed.class, f -> assertThat(f.reason()).isEqualTo(LinkOutcome.Reason.UNKNOWN_STATE));
    }

    @Test
    void confirmingLinksOnceAndCancellingLinksNothing() {
        ChatTranscript chat = chat().send("logga in");
        URI link = chat.signInLink();
        String state = FakeSignIn.state(link);
        String secret = secretOf(linking.exchange(state, auth.signIn(link, DemoUsers.ANNA), false));
        assertThat(linking.confirm(state, secret)).isInstanceOfSatisfying(LinkOutcome.Linked.class,
                linked -> assertThat(linked.portalUsername()).isEqualTo(DemoUsers.ANNA));
        assertThat(linking.find(chat.user())).map(LinkedAccount::username).contains(DemoUsers.ANNA);
        assertThat(linking.confirm(state, secret)).as("a second confirmation")
                .isInstanceOfSatisfying(LinkOutcome.Failed.class, f -> assertThat(f.reason()).isEqualTo(LinkOutcome.Reason.UNKNOWN_STATE));

        ChatTranscript other = chat().asAnotherUser().send("logga in");
        URI otherLink = other.signInLink();
        String otherState = FakeSignIn.state(otherLink);
        String otherSecret = secretOf(linking.exchange(otherState, auth.signIn(otherLink, DemoUsers.KARL), false));
        assertThat(linking.cancel(otherState, otherSecret))
                .isInstanceOfSatisfying(LinkOutcome.Failed.class, f -> assertThat(f.reason()).isEqualTo(LinkOutcome.Reason.CANCELLED));
        assertThat(linking.confirm(otherState, otherSecret)).isInstanceOf(LinkOutcome.Failed.class);
        assertThat(linking.find(other.user())).isEmpty();
    }

    @Test
    void aConfirmationWithoutTheSigningBrowsersSecretLinksNothingAndEndsTheSignIn() {
        ChatTranscript issuer = chat().send("logga in");
        URI link = issuer.signInLink();
        String state = FakeSignIn.state(link);
        // the link was forwarded: the victim signs in, the issuer knows only the state
        String victimsSecret = secretOf(linking.exchange(state, auth.signIn(link, DemoUsers.ANNA), false));

        for (String forged : new String[] {null, "", "guessed", victimsSecret + "x"}) {
            String attempt = forged;
            assertThat(linking.confirm(state, attempt)).as("confirm with %s", attempt).isInstanceOfSatisfying(LinkOutcome.Failed.class,
                    f -> assertThat(f.reason()).isIn(LinkOutcome.Reason.NOT_CONFIRMING_BROWSER, LinkOutcome.Reason.UNKNOWN_STATE));
        }
        assertThat(linking.find(issuer.user())).as("the issuer acts as the victim").isEmpty();
        assertThat(linking.confirm(state, victimsSecret)).as("the sign-in was ended by the forged attempt")
                .isInstanceOfSatisfying(LinkOutcome.Failed.class, f -> assertThat(f.reason()).isEqualTo(LinkOutcome.Reason.UNKNOWN_STATE));
        assertThat(linking.find(issuer.user())).isEmpty();
    }

    @Test
    void theConfirmationExpiresWithinMinutesOfTheSignIn() {
        ChatTranscript chat = chat().send("logga in");
        URI link = chat.signInLink();
        String state = FakeSignIn.state(link);
        LinkOutcome asked = linking.exchange(state, auth.signIn(link, DemoUsers.ANNA), false);
        assertThat(asked).isInstanceOfSatisfying(LinkOutcome.AwaitingConfirmation.class,
                a -> assertThat(a.validFor()).isLessThanOrEqualTo(Duration.ofMinutes(5)));
        clock.advance(Duration.ofMinutes(5).plusSeconds(1));
        assertThat(linking.confirm(state, secretOf(asked)))
                .isInstanceOfSatisfying(LinkOutcome.Failed.class, f -> assertThat(f.reason()).isEqualTo(LinkOutcome.Reason.EXPIRED));
        assertThat(linking.find(chat.user())).isEmpty();
    }

    @Test
    void aConfirmationForAnUnknownOrExpiredStateIsRefused() {
        assertThat(linking.confirm("forged-state", "x"))
                .isInstanceOfSatisfying(LinkOutcome.Failed.class, f -> assertThat(f.reason()).isEqualTo(LinkOutcome.Reason.UNKNOWN_STATE));
        ChatTranscript chat = chat().send("logga in");
        URI link = chat.signInLink();
        String state = FakeSignIn.state(link);
        assertThat(linking.confirm(state, null)).as("confirming before any code was exchanged")
                .isInstanceOfSatisfying(LinkOutcome.Failed.class, f -> assertThat(f.reason()).isEqualTo(LinkOutcome.Reason.UNKNOWN_STATE));
        String secret = secretOf(linking.exchange(state, auth.signIn(link, DemoUsers.ANNA), false));
        clock.advance(Duration.ofMinutes(11));
        assertThat(linking.confirm(state, secret))
                .isInstanceOfSatisfying(LinkOutcome.Failed.class, f -> assertThat(f.reason()).isEqualTo(LinkOutcome.Reason.EXPIRED));
        assertThat(linking.find(chat.user())).isEmpty();
    }

    @Test
    void theConfirmationNamesTheChatUserAsTheirPlatformCallsThemAndWhereTheyAsked() {
        assertThat(question(new ChatUser(Platform.SLACK, "T456", "U123"), new DisplayNames("Anders Berg", "Nordkust")))
                .isEqualTo("Koppla portalanvändaren Anna Lindqvist till Slack-användaren Anders Berg (U123) i arbetsytan Nordkust (T456)?");
        // Teams tells the team's name in a team's channel, never the organisation's: a team is not called an organisation
        assertThat(question(new ChatUser(Platform.TEAMS, "tenant-1", "29:anders"), new DisplayNames("Anders Berg", "Nordkust Logistik")))
                .isEqualTo("Koppla portalanvändaren Anna Lindqvist till Teams-användaren Anders Berg (29:anders) i teamet Nordkust Logistik?");
        assertThat(question(new ChatUser(Platform.TEAMS, "tenant-1", "29:anders"), new DisplayNames("Anders Berg", null)))
                .isEqualTo("Koppla portalanvändaren Anna Lindqvist till Teams-användaren Anders Berg (29:anders) i organisationen tenant-1?");
        // a Discord user is one user on every server: the adapter's fixed workspace id names no server
        assertThat(question(new ChatUser(Platform.DISCORD, "discord", "4711"), new DisplayNames("Anders", "Nordkust")))
                .isEqualTo("Koppla portalanvändaren Anna Lindqvist till Discord-användaren Anders (4711) på servern Nordkust?");
        assertThat(question(new ChatUser(Platform.DISCORD, "discord", "4711"), new DisplayNames("Anders", null)))
                .as("asked in a direct message").isEqualTo("Koppla portalanvändaren Anna Lindqvist till Discord-användaren Anders (4711)?");
    }

    @Test
    void aSignInEndedWithoutConfirmationLeavesNoTokensLiveAtThePortal() {
        long before = auth.liveRefreshTokens(DemoUsers.KARL);
        // the person who signed in never answers the confirmation page (the forwarded link's victim, say)
        URI unanswered = chat().send("logga in").signInLink();
        secretOf(linking.exchange(FakeSignIn.state(unanswered), auth.signIn(unanswered, DemoUsers.KARL), false));
        assertThat(auth.liveRefreshTokens(DemoUsers.KARL)).isEqualTo(before + 1);
        clock.advance(Duration.ofMinutes(6));
        linking.purgeExpiredSignIns();
        assertThat(auth.liveRefreshTokens(DemoUsers.KARL)).as("after the unanswered confirmation was swept").isEqualTo(before);

        // the one who forwarded the link ends the waiting sign-in by replaying its callback
        URI replayed = chat().send("logga in").signInLink();
        secretOf(linking.exchange(FakeSignIn.state(replayed), auth.signIn(replayed, DemoUsers.KARL), false));
        assertThat(linking.exchange(FakeSignIn.state(replayed), "replayed-code", false)).isInstanceOf(LinkOutcome.Failed.class);
        assertThat(auth.liveRefreshTokens(DemoUsers.KARL)).as("after a replayed callback").isEqualTo(before);

        // or answers it with an error, as the portal would after a refusal
        URI declined = chat().send("logga in").signInLink();
        secretOf(linking.exchange(FakeSignIn.state(declined), auth.signIn(declined, DemoUsers.KARL), false));
        assertThat(linking.decline(FakeSignIn.state(declined), "access_denied")).isInstanceOf(LinkOutcome.Failed.class);
        assertThat(auth.liveRefreshTokens(DemoUsers.KARL)).as("after an error callback").isEqualTo(before);
    }

    /** The confirmation's question for a sign-in link handed to {@code user}, known on the platform by {@code names}. */
    private String question(ChatUser user, DisplayNames names) {
        URI link = linking.signInUrl(user, new ConversationRef(user.platform(), user.workspaceId(), "D-" + user.userId(), false),
                SWEDISH, names);
        LinkOutcome asked = linking.exchange(FakeSignIn.state(link), auth.signIn(link, DemoUsers.ANNA), false);
        assertThat(asked).isInstanceOf(LinkOutcome.AwaitingConfirmation.class);
        return asked.message();
    }

    private static String secretOf(LinkOutcome outcome) {
        assertThat(outcome).isInstanceOf(LinkOutcome.AwaitingConfirmation.class);
        return ((LinkOutcome.AwaitingConfirmation) outcome).browserSecret();
    }

    @Test
    void aWebChatSignInFinishedInAnotherBrowserIsRefusedBeforeTheCodeIsSpent() {
        ChatTranscript web = ChatTranscript.on(engine, Platform.WEB).locale(SWEDISH).send("logga in");
        URI link = web.signInLink();
        String code = auth.signIn(link, DemoUsers.ANNA);
        assertThat(linking.exchange(FakeSignIn.state(link), code, false)).isInstanceOfSatisfying(LinkOutcome.Failed.class, f -> {
            assertThat(f.reason()).isEqualTo(LinkOutcome.Reason.OTHER_BROWSER);
            assertThat(f.message()).contains("en annan webbläsare");
        });
        assertThat(linking.find(web.user())).isEmpty();
        assertThat(linking.confirm(FakeSignIn.state(link), null)).isInstanceOf(LinkOutcome.Failed.class);
        URI again = web.send("logga in").signInLink();
        assertThat(FakeSignIn.complete(linking, FakeSignIn.state(again), auth.signIn(again, DemoUsers.ANNA)))
                .as("the same browser").isInstanceOf(LinkOutcome.Linked.class);
    }
}
