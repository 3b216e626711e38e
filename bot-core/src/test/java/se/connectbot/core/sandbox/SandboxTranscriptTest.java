package se.connectbot.core.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import se.connectbot.core.TranscriptTestSupport;
import se.connectbot.core.chat.BotEngine;
import se.connectbot.core.chat.Platform;
import se.connectbot.core.command.PhoneNumbers;
import se.connectbot.core.files.FileStore;
import se.connectbot.core.linking.AccountLinking;
import se.connectbot.core.reply.Block;
import se.connectbot.core.rights.RightsMatrixTest;
import se.connectbot.coretesting.ChatTranscript;
import se.connectbot.coretesting.DemoUsers;
import se.connectbot.coretesting.Replies;
import se.connectbot.coretesting.SandboxBotApplication;
import se.connectbot.coretesting.SandboxPortal;
import se.connectbot.coretesting.SandboxSignIn;
import se.connectbot.portal.api.DataPackage;
import se.connectbot.portal.api.Order;
import se.connectbot.portal.api.OrderQuery;
import se.connectbot.portal.api.PortalApi;
import se.connectbot.portal.api.ServiceKind;
import se.connectbot.portal.api.ServiceQuery;
import se.connectbot.portal.api.ServiceSummary;
import se.connectbot.portal.api.TicketQuery;
import se.connectbot.portal.api.UserPortal;

/**
 * Conversations against the real sandbox portal over HTTP, signed in through its real login
 * form (OAuth 2.0 code flow with PKCE): the portal client, the authorization server, rights
 * enforced server-side, idempotency, PDFs. The data is the sandbox's generated demo data, so the
 * tests look up what they need through the portal as the signed-in user.
 */
class SandboxTranscriptTest {

    private static final Locale SWEDISH = TranscriptTestSupport.SWEDISH;
    private static final Locale ENGLISH = TranscriptTestSupport.ENGLISH;

    private static SandboxPortal sandbox;
    private static ConfigurableApplicationContext bot;

    @BeforeAll
    static void start() {
        sandbox = SandboxPortal.start("sandbox_for_botcore");
        bot = SandboxBotApplication.start(sandbox, "botcore_sandbox");
    }

    @AfterAll
    static void stop() {
        if (bot != null) {
            bot.close();
        }
        if (sandbox != null) {
            sandbox.close();
        }
    }

    @Test
    void showsAMobilesStatusInSwedishAndEnglish() {
        ChatTranscript chat = signedIn(DemoUsers.ANNA, SWEDISH);
        String phone = PhoneNumbers.display(aMobile(portalOf(chat)).phoneNumber());
        chat.send("status " + phone).expectText("(Mobil)", "Telefonnummer: " + phone, "Data denna månad: ", "Månadsavgift exkl. moms: ");
        signedIn(DemoUsers.ANNA, ENGLISH).send("status " + phone).expectText("(Mobile)", "Data this month: ", "SEK ");
    }

    @Test
    void ordersATopUpThroughTheDialogOnce() {
        ChatTranscript chat = signedIn(DemoUsers.ANNA, SWEDISH);
        UserPortal portal = portalOf(chat);
        ServiceSummary mobile = aMobile(portal);
        DataPackage offered = portal.topUpPackages(mobile.id()).get(0);
        chat.send("fyll på " + PhoneNumbers.display(mobile.phoneNumber()) + " " + offered.dataGb() + "GB")
                .expectText("Stämmer det här?", "Paket: " + offered.name())
                .click("Beställ")
                .expectText("Klart! Påfyllningen är beställd med ordernummer");
        String done = chat.text();
        chat.clickAgain().expectText(done);
        List<Order> topUps = portal.orders(new OrderQuery(false, null, 0, 100)).items().stream()
                .filter(o -> o.kind() == Order.OrderKind.TOP_UP && done.contains(o.number())).toList();
        assertThat(topUps).hasSize(1);
    }

    @Test
    void opensATicketThroughTheDialogInEnglish() {
        ChatTranscript chat = signedIn(DemoUsers.ERIK, ENGLISH)
                .send("ticket other")
                .send("skip")
                .send("Question from the chat bot test")
                .send("Please ignore: written by a test.")
                .expectText("Shall I open this ticket?")
                .send("yes")
                .expectText("Done! The ticket is opened with number");
        String number = chat.text().replaceAll("(?s).*with number (\\S+)\\..*", "$1");
        assertThat(portalOf(chat).tickets(new TicketQuery(true, null, 0, 100)).items())
                .anySatisfy(t -> assertThat(t.number()).isEqualTo(number));
        chat.send("tickets " + number).expectText(number + " – Question from the chat bot test", "Please ignore: written by a test.");
    }

    @Test
    void deliversAnInvoicePdf() {
        signedIn(DemoUsers.SOFIA, SWEDISH)
                .send("fakturor")
                .expectText("Fakturanr | Period | Konto | Belopp inkl. moms | Förfaller | Status")
                .clickContaining("PDF")
                .expectReply(reply -> {
                    Block.Attachment file = Replies.blocks(reply, Block.Attachment.class).get(0);
                    assertThat(file.contentType()).startsWith("application/pdf");
                    assertThat(file.fileName()).startsWith("faktura-").endsWith(".pdf");
                    byte[] content = bot.getBean(FileStore.class).content(file.file()).orElseThrow();
                    assertThat(new String(content, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
                });
    }

    @Test
    void showsTheOverviewAndOutages() {
        signedIn(DemoUsers.ANNA, SWEDISH).send("översikt").expectText("Översikt för Nordkust Logistik AB", "Aktiva tjänster: ")
                .send("drift").expectText("driftstörningar");
        ChatTranscript.on(engine(), Platform.WEB).locale(ENGLISH).send("outages").expectText("outages");
    }

    @Test
    void enforcesEachUsersRights() {
        signedIn(DemoUsers.LARS, SWEDISH).send("fyll på").expectText("du saknar rättigheten ”Beställa tjänster”")
                .send("ärenden").expectText("du saknar rättigheten ”Se/skapa ärenden”");
        signedIn(DemoUsers.NINA, ENGLISH).send("invoices").expectText("you lack the right \"View invoices\"");
        ChatTranscript karl = signedIn(DemoUsers.KARL, SWEDISH).send("vem är jag")
                .expectText("Användartyp: Kontoadministratör", "Region Väst").expectNoText("Hantera användare");
        ChatTranscript anna = signedIn(DemoUsers.ANNA, SWEDISH);
        List<String> karlsServices = portalOf(karl).services(ServiceQuery.all().withPage(0, 100)).items().stream()
                .map(ServiceSummary::id).toList();
        ServiceSummary elsewhere = portalOf(anna).services(ServiceQuery.all().withKind(ServiceKind.MOBILE).withPage(0, 100)).items()
                .stream().filter(s -> !karlsServices.contains(s.id())).findFirst().orElseThrow();
        karl.send("status " + elsewhere.phoneNumber()).expectText("Ingen tjänst matchar");
    }

    @Test
    void everyDemoUserMayDoExactlyWhatTheirRightsAllow() {
        for (String user : DemoUsers.ALL) {
            ChatTranscript chat = signedIn(user, SWEDISH);
            for (String command : RightsMatrixTest.COMMANDS.keySet()) {
                RightsMatrixTest.expectRights(chat.send(command), user, command);
                chat.send("avbryt");
            }
        }
    }

    @Test
    void logoutRevokesAtThePortal() {
        ChatTranscript chat = signedIn(DemoUsers.ANNA, ENGLISH).send("whoami").expectText("Anna Lindqvist");
        chat.send("logout").expectText("You are signed out.").send("overview").expectText("You need to sign in");
    }

    private static ChatTranscript signedIn(String username, Locale locale) {
        return ChatTranscript.on(engine(), Platform.WEB).locale(locale)
                .signInAs(username, SandboxSignIn.driver(bot.getBean(AccountLinking.class)));
    }

    private static BotEngine engine() {
        return bot.getBean(BotEngine.class);
    }

    private static UserPortal portalOf(ChatTranscript chat) {
        return bot.getBean(PortalApi.class).forUser(bot.getBean(AccountLinking.class).tokens(chat.user()));
    }

    private static ServiceSummary aMobile(UserPortal portal) {
        return portal.services(ServiceQuery.all().withKind(ServiceKind.MOBILE).withPage(0, 1)).items().get(0);
    }
}
