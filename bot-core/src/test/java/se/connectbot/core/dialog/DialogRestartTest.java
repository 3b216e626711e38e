package se.connectbot.core.dialog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import se.connectbot.core.TranscriptTestSupport;
import se.connectbot.core.chat.BotEngine;
import se.connectbot.core.chat.Platform;
import se.connectbot.core.linking.AccountLinking;
import se.connectbot.coretesting.ChatTranscript;
import se.connectbot.coretesting.CoreTestApplication;
import se.connectbot.coretesting.DemoUsers;
import se.connectbot.coretesting.FakeAuthorizationServer;
import se.connectbot.coretesting.FakePortal;
import se.connectbot.coretesting.FakeSignIn;
import se.connectbot.coretesting.MutableClock;
import se.connectbot.portal.api.Order;

/**
 * A dialog lives in PostgreSQL, not in the bot: the application context is closed and a new one
 * started on the same embedded database, and the conversation carries on where it was. The portal
 * and its authorization server are shared across the restart, as a real portal would be.
 */
class DialogRestartTest {

    private final MutableClock clock = new MutableClock(CoreTestApplication.START);
    private final FakeAuthorizationServer auth = new FakeAuthorizationServer(clock);
    private final FakePortal portal = new FakePortal(auth, clock);

    @Test
    void aDialogSurvivesARestartAndItsConfirmationOrdersOnce() {
        ChatTranscript chat;
        try (ConfigurableApplicationContext bot = start()) {
            chat = ChatTranscript.on(bot.getBean(BotEngine.class), Platform.TEAMS).locale(TranscriptTestSupport.SWEDISH)
                    .signInAs(DemoUsers.ANNA, FakeSignIn.driver(auth, bot.getBean(AccountLinking.class)))
                    .send("fyll på 0701234567")
                    .expectText("Vilket datapaket");
        }
        try (ConfigurableApplicationContext bot = start()) {
            chat = chat.restartedOn(bot.getBean(BotEngine.class)).send("5GB").expectText("Stämmer det här?", "Paket: 5 GB");
        }
        try (ConfigurableApplicationContext bot = start()) {
            chat = chat.restartedOn(bot.getBean(BotEngine.class)).click("Beställ").expectText("Klart! Påfyllningen är beställd");
        }
        String done = chat.text();
        try (ConfigurableApplicationContext bot = start()) {
            chat.restartedOn(bot.getBean(BotEngine.class)).clickAgain().expectText(done);
        }
        assertThat(portal.orders()).filteredOn(o -> o.kind() == Order.OrderKind.TOP_UP).hasSize(1);
    }

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(CoreTestApplication.class)
                .web(WebApplicationType.NONE)
                .properties("embedded-db.database=botcore_restart", "spring.jpa.hibernate.ddl-auto=validate",
                        "spring.main.banner-mode=off", "connectbot.crypto.key=AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=")
                .initializers(context -> {
                    context.getBeanFactory().registerSingleton("testClock", clock);
                    context.getBeanFactory().registerSingleton("fakeAuthorizationServer", auth);
                    context.getBeanFactory().registerSingleton("fakePortal", portal);
                })
                .run();
    }
}
