package se.connectbot.core;

import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import se.connectbot.core.chat.BotEngine;
import se.connectbot.core.chat.Platform;
import se.connectbot.core.linking.AccountLinking;
import se.connectbot.coretesting.ChatTranscript;
import se.connectbot.coretesting.CoreTestApplication;
import se.connectbot.coretesting.FakeAuthorizationServer;
import se.connectbot.coretesting.FakePortal;
import se.connectbot.coretesting.FakeSignIn;
import se.connectbot.coretesting.MutableClock;
import se.connectbot.coretesting.SignInDriver;

/** What the core's conversation tests share: the engine, the fakes, and chats in Swedish or English. */
@CoreSpringTest
public abstract class TranscriptTestSupport {

    public static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");
    public static final Locale ENGLISH = Locale.forLanguageTag("en-US");

    @Autowired
    protected BotEngine engine;
    @Autowired
    protected FakePortal portal;
    @Autowired
    protected FakeAuthorizationServer auth;
    @Autowired
    protected AccountLinking linking;
    @Autowired
    protected MutableClock clock;

    @BeforeEach
    void freshWorld() {
        portal.reset();
        auth.down(false);
        clock.set(CoreTestApplication.START);
    }

    protected SignInDriver driver() {
        return FakeSignIn.driver(auth, linking);
    }

    /** A new chat user on Slack in a direct conversation, in Swedish. */
    protected ChatTranscript chat() {
        return ChatTranscript.on(engine, Platform.SLACK).locale(SWEDISH);
    }

    protected ChatTranscript chat(Locale locale) {
        return ChatTranscript.on(engine, Platform.SLACK).locale(locale);
    }

    /** A new chat user signed in as {@code username}, in the given language. */
    protected ChatTranscript signedIn(String username, Locale locale) {
        return chat(locale).signInAs(username, driver());
    }

    protected ChatTranscript signedIn(String username) {
        return signedIn(username, SWEDISH);
    }
}
