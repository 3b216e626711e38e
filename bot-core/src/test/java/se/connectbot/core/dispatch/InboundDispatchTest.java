package se.connectbot.core.dispatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import se.connectbot.core.TranscriptTestSupport;
import se.connectbot.core.chat.BotEngine;
import se.connectbot.core.chat.ChatUser;
import se.connectbot.core.chat.ConversationRef;
import se.connectbot.core.chat.Inbound;
import se.connectbot.core.chat.Platform;
import se.connectbot.core.crypto.TokenCipher;
import se.connectbot.core.engine.DeliveryLog;
import se.connectbot.core.engine.DeliveryProperties;
import se.connectbot.core.i18n.Language;
import se.connectbot.core.i18n.LanguagePreferences;
import se.connectbot.core.reply.Block;
import se.connectbot.core.reply.Reply;

/** The dispatch every adapter uses, with the real engine, language choice and delivery log in PostgreSQL. */
class InboundDispatchTest extends TranscriptTestSupport {

    @Autowired
    InboundDispatch dispatch;
    @Autowired
    LanguagePreferences languages;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TokenCipher cipher;
    @Autowired
    DeliveryLog deliveries;

    private final List<Sent> sent = new CopyOnWriteArrayList<>();
    private final ReplySender sender = (reply, language, kind) -> sent.add(new Sent(text(reply), language, kind));
    private final ChatUser user = new ChatUser(Platform.SLACK, "T-dispatch", "U-" + UUID.randomUUID());
    private @Nullable AdapterThreads threads;

    @AfterEach
    void stopOwnThreads() throws InterruptedException {
        if (threads != null) {
            threads.destroy();
        }
    }

    @Test
    void userWhoSaidLanguageEnglishGetsTheWorkingAndFailureNotesInEnglishThoughThePlatformSaysSwedish() {
        dispatch.dispatch(arrival("d-lang", new Inbound.Text("språk engelska")), sender);
        await().until(() -> sent.size() == 1);
        assertThat(sent.get(0).language()).isEqualTo(Language.EN);

        BotEngine slowAndFailing = inbound -> {
            sleep(Duration.ofMillis(400));
            throw new IllegalStateException("boom");
        };
        own(slowAndFailing, Duration.ofMillis(50)).dispatch(arrival("d-slow", new Inbound.Text("översikt")), sender);

        await().until(() -> sent.size() == 3);
        assertThat(sent.get(1)).isEqualTo(new Sent("Working on it…", Language.EN, ReplySender.Kind.NOTE));
        assertThat(sent.get(2).text()).startsWith("Something went wrong");
        assertThat(sent.get(2).kind()).isEqualTo(ReplySender.Kind.ANSWER);
    }

    @Test
    void retriedDeliveryAndDoubleClickRunOnceButAFailedClickMayBeRepeatedAtOnce() {
        AtomicInteger runs = new AtomicInteger();
        InboundDispatch counting = own(inbound -> {
            runs.incrementAndGet();
            return inbound.payload().equals(new Inbound.Action("topup.confirm", "fails"))
                    ? Reply.of(new Block.Text("Portalen svarar inte.", Block.Tone.ERROR)) : Reply.text("ok");
        }, Duration.ofSeconds(5));
        Arrival.Click ok = new Arrival.Click("msg-1", "topup.confirm", "ok");
        Arrival.Click fails = new Arrival.Click("msg-1", "topup.confirm", "fails");

        counting.dispatch(arrival("d1", ok), sender);
        counting.dispatch(arrival("d1", ok), sender);
        counting.dispatch(arrival("d2", ok), sender);
        await().pollDelay(Duration.ofMillis(500)).until(() -> sent.size() == 1);
        assertThat(runs).as("a retry and a double click run nothing").hasValue(1);

        counting.dispatch(arrival("d3", fails), sender);
        await().until(() -> sent.size() == 2 && clicks("fails") == 0);
        counting.dispatch(arrival("d4", fails), sender);
        await().until(() -> runs.get() == 3);
        counting.dispatch(arrival("d3", fails), sender);
        await().pollDelay(Duration.ofMillis(500)).until(() -> sent.size() == 3);
        assertThat(runs).as("the failed click's retry still runs once").hasValue(3);
    }

    @Test
    void aRetryClaimedByTheDispatchIsStartedByTheEngineOnceAndNeverReachesIt() {
        dispatch.dispatch(arrival("d-once", new Inbound.Text("hjälp")), sender);
        await().until(() -> sent.size() == 1);
        dispatch.dispatch(arrival("d-once", new Inbound.Text("hjälp")), sender);

        await().pollDelay(Duration.ofMillis(500)).until(() -> sent.size() == 1);
        assertThat(sent.get(0).text()).as("the engine's answer, not its \"still working\"").doesNotStartWith("Jag arbetar fortfarande");
        assertThat(jdbc.sql("select count(*) from delivery where delivery_id = 'd-once' and started_at is not null and answered_at is not null")
                .query(Integer.class).single()).as("one row: claimed, started and answered").isOne();
        assertThat(jdbc.sql("select count(*) from information_schema.tables where table_name = 'delivery_claim'").query(Integer.class).single())
                .as("the dispatch's own claims table is gone").isZero();
    }

    @Test
    void withTheDatabaseUnreachableADeliveryAndAClickAreHandledAllTheSame() {
        AtomicInteger runs = new AtomicInteger();
        DeliveryLog unreachable = new DeliveryLog(JdbcClient.create(new DriverManagerDataSource("jdbc:postgresql://127.0.0.1:1/none")),
                new DeliveryProperties(Duration.ofDays(1), Duration.ofMinutes(2), Duration.ofMinutes(10), Duration.ofSeconds(10)),
                cipher, clock);
        InboundDispatch withoutDatabase = own(inbound -> {
            runs.incrementAndGet();
            return Reply.of(new Block.Text("Portalen svarar inte.", Block.Tone.ERROR));
        }, Duration.ofSeconds(5), unreachable);

        withoutDatabase.dispatch(arrival("d-down", new Arrival.Click("msg-1", "topup.confirm", "ok")), sender);

        await().until(() -> sent.size() == 1);
        assertThat(runs).hasValue(1);
    }

    @Test
    void senderThatFailsIsContainedAndTheUserToldInANote() {
        ReplySender failingAnswers = (reply, language, kind) -> {
            if (kind == ReplySender.Kind.ANSWER) {
                throw new IllegalStateException("the platform refused");
            }
            sent.add(new Sent(text(reply), language, kind));
        };

        dispatch.dispatch(arrival("d-help", new Inbound.Text("hjälp")), failingAnswers);

        await().until(() -> sent.size() == 1);
        assertThat(sent.get(0)).isEqualTo(new Sent("Något gick fel, och jag kunde inte svara. Försök igen om en stund.",
                Language.SV, ReplySender.Kind.NOTE));
    }

    private InboundDispatch own(BotEngine engine, Duration workingNoteDelay) {
        return own(engine, workingNoteDelay, deliveries);
    }

    private InboundDispatch own(BotEngine engine, Duration workingNoteDelay, DeliveryLog log) {
        threads = new AdapterThreads(16);
        return new InboundDispatch(engine, languages, log, new AcceptedWork(jdbc, cipher, clock), threads,
                new DispatchProperties(workingNoteDelay, 16, 16), Duration.ofMinutes(1));
    }

    private Arrival arrival(String deliveryId, Arrival.Click click) {
        return arrival(deliveryId, click, new Inbound.Action(click.actionId(), click.value()));
    }

    private Arrival arrival(String deliveryId, Inbound.Payload payload) {
        return arrival(deliveryId, null, payload);
    }

    private Arrival arrival(String deliveryId, Arrival.@Nullable Click click, Inbound.Payload payload) {
        return new Arrival(deliveryId, user, click, () -> new Inbound(deliveryId, user,
                new ConversationRef(Platform.SLACK, user.workspaceId(), "D1", false), SWEDISH, payload));
    }

    private int clicks(String value) {
        return jdbc.sql("select count(*) from delivery where delivery_id like :key")
                .param("key", "click:" + user.userId() + ":%:" + value).query(Integer.class).single();
    }

    private static String text(Reply reply) {
        return reply.blocks().stream().filter(Block.Text.class::isInstance).map(b -> ((Block.Text) b).text()).findFirst().orElse("");
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    record Sent(String text, Language language, ReplySender.Kind kind) {
    }
}
