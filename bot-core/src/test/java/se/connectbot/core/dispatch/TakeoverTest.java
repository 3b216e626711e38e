package se.connectbot.core.dispatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.connectbot.core.TranscriptTestSupport;
import se.connectbot.core.chat.ChatUser;
import se.connectbot.core.chat.ConversationRef;
import se.connectbot.core.chat.Inbound;
import se.connectbot.core.chat.Platform;
import se.connectbot.core.engine.DeliveryLog;
import se.connectbot.core.i18n.UserLanguages;
import se.connectbot.core.reply.Block;
import se.connectbot.core.reply.Reply;

/**
 * Work accepted by an instance that died before answering is finished by the takeover, once; with
 * the real engine, its delivery log, and {@code accepted_work} in PostgreSQL.
 */
class TakeoverTest extends TranscriptTestSupport {

    private static final TakeoverProperties SETTINGS = new TakeoverProperties(Duration.ofSeconds(1), Duration.ofSeconds(30),
            Duration.ofMinutes(3), 3, 20);

    @Autowired
    InboundDispatch dispatch;
    @Autowired
    AcceptedWork work;
    @Autowired
    JdbcClient jdbc;

    private final List<String> sent = new CopyOnWriteArrayList<>();
    private final ReplySender sender = (reply, language, kind) -> sent.add(kind + ":" + text(reply));
    private final ChatUser user = new ChatUser(Platform.SLACK, "T-takeover", "U-" + UUID.randomUUID());
    private final AtomicInteger resumes = new AtomicInteger();
    private volatile int failingResumes;
    private Takeover takeover;

    @BeforeEach
    void takeoverWithAFakeAdapter() {
        ResumableSenders.Factory adapter = new ResumableSenders.Factory() {
            @Override
            public Platform platform() {
                return Platform.SLACK;
            }

            @Override
            public ResumableSenders.Resumed resume(ResumableSenders.Accepted accepted) {
                if (resumes.incrementAndGet() <= failingResumes) {
                    throw new IllegalStateException("the workspace cannot be reached");
                }
                assertThat(accepted.context()).containsEntry("channel", "D1");
                return new ResumableSenders.Resumed(() -> inbound(accepted.deliveryId(), accepted.payload()), sender);
            }
        };
        takeover = new Takeover(work, new ResumableSenders(List.of(adapter)), dispatch, SETTINGS);
        jdbc.sql("delete from accepted_work").update();
    }

    @Test
    void workWhoseInstanceDiedAfterTheAcknowledgementIsAnsweredOnceByTheTakeover() {
        Arrival arrival = arrival("d-died");
        assertThat(work.accept(arrival, resumable())).as("recorded, and then the instance died").isPresent();

        assertThat(takeover.run()).as("not yet due").isZero();
        clock.advance(Duration.ofSeconds(31));
        assertThat(takeover.run()).isEqualTo(1);

        await().until(() -> finished("d-died"));
        assertThat(sent).singleElement().asString().startsWith("ANSWER:");
        clock.advance(Duration.ofMinutes(10));
        assertThat(takeover.run()).as("finished work is not taken again").isZero();
        assertThat(sent).hasSize(1);
        assertThat(stored("d-died")).as("sealed").startsWith("v1:").doesNotContain("channel").doesNotContain("hjälp");
    }

    @Test
    void workFinishedByItsOwnInstanceIsNotRunAgainAndARetryOfItRecordsNothing() {
        dispatch.dispatch(arrival("d-fine"), sender, resumable());
        await().until(() -> finished("d-fine"));
        dispatch.dispatch(arrival("d-fine"), sender, resumable());

        clock.advance(Duration.ofMinutes(10));
        assertThat(takeover.run()).isZero();
        assertThat(sent).hasSize(1);
        assertThat(jdbc.sql("select count(*) from accepted_work").query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void workAnsweredByTheEngineButNotMarkedFinishedGetsTheStoredAnswerNotASecondRun() {
        work.accept(arrival("d-half"), resumable());
        Reply first = engine.handle(inbound("d-half", new Inbound.Text("hjälp")));

        clock.advance(Duration.ofSeconds(31));
        takeover.run();

        await().until(() -> finished("d-half"));
        assertThat(sent).containsExactly("ANSWER:" + text(first));
    }

    @Test
    void workThatCannotBeResumedIsGivenUpAfterTheAttemptsAndTheUserToldWhenPossible() {
        failingResumes = 3;
        work.accept(arrival("d-doomed"), resumable());

        clock.advance(Duration.ofSeconds(31));
        for (int attempt = 1; attempt <= 3; attempt++) {
            assertThat(takeover.run()).isEqualTo(1);
            assertThat(takeover.run()).as("a failed attempt waits").isZero();
            clock.advance(SETTINGS.startedAfter().plusSeconds(1));
        }
        assertThat(takeover.run()).isEqualTo(1);

        assertThat(jdbc.sql("select gave_up from accepted_work where delivery_id = 'd-doomed'").query(Boolean.class).single()).isTrue();
        assertThat(sent).singleElement().asString().startsWith("NOTE:Något gick fel");
        clock.advance(Duration.ofMinutes(10));
        assertThat(takeover.run()).isZero();
    }

    /**
     * A long turn (a large report) on a live instance is not its instance's loss: it says it is
     * alive while it runs, so no takeover runs it a second time beside it however long it takes.
     */
    @Test
    void workStillRunningOnALiveInstanceIsNotTakenOverHoweverLongItTakes() throws InterruptedException {
        InboundDispatch live = own(1, Duration.ofMillis(50));
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger runs = new AtomicInteger();
        live.dispatch(arrival("d-long"), sender, resumable(), () -> {
            runs.incrementAndGet();
            awaitQuietly(release);
        });
        await().until(() -> runs.get() == 1);

        clock.advance(SETTINGS.startedAfter().multipliedBy(2));
        await().atMost(Duration.ofSeconds(5)).until(() -> startedAt("d-long").isAfter(clock.instant().minusSeconds(1)));
        assertThat(takeover.run()).as("taken over while its own instance still runs it").isZero();

        release.countDown();
        await().until(() -> finished("d-long"));
        assertThat(runs).hasValue(1);
    }

    /**
     * Work queued behind others on a busy instance (past {@code after}) is taken over by another
     * instance; when its turn comes on the first, it must not answer once more.
     */
    @Test
    void workTakenOverWhileQueuedOnABusyInstanceIsNotAnsweredAgainWhenItsTurnComes() throws InterruptedException {
        InboundDispatch busy = own(1, Duration.ofMinutes(1));
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger blockerRuns = new AtomicInteger();
        busy.dispatch(arrival("d-blocker"), sender, resumable(), () -> {
            blockerRuns.incrementAndGet();
            awaitQuietly(release);
        });
        await().until(() -> blockerRuns.get() == 1);
        busy.dispatch(arrival("d-queued"), sender, resumable());

        clock.advance(Duration.ofSeconds(31));
        assertThat(takeover.run()).as("the queued one, never started").isEqualTo(1);
        await().until(() -> finished("d-queued"));
        assertThat(sent).singleElement().asString().startsWith("ANSWER:");

        release.countDown();
        await().until(() -> finished("d-blocker"));
        await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(3)).until(() -> sent.size() == 1);
    }

    @Autowired
    UserLanguages languages;
    @Autowired
    DeliveryLog deliveries;
    @Autowired
    DispatchProperties dispatchProperties;

    /** A dispatch as another instance has it, with {@code running} turns at once and the given heartbeat. */
    private InboundDispatch own(int running, Duration heartbeat) {
        return new InboundDispatch(engine, languages, deliveries, work, new AdapterThreads(16, running), dispatchProperties, heartbeat);
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(20, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private Instant startedAt(String deliveryId) {
        return jdbc.sql("select started_at from accepted_work where delivery_id = :d").param("d", deliveryId)
                .query(java.sql.Timestamp.class).single().toInstant();
    }

    private Arrival arrival(String deliveryId) {
        return new Arrival(deliveryId, user, null, () -> inbound(deliveryId, new Inbound.Text("hjälp")));
    }

    private Inbound inbound(String deliveryId, Inbound.Payload payload) {
        return new Inbound(deliveryId, user, new ConversationRef(Platform.SLACK, user.workspaceId(), "D1", false), SWEDISH, payload);
    }

    private static Resumable resumable() {
        return new Resumable(new Inbound.Text("hjälp"), Map.of("channel", "D1"));
    }

    private boolean finished(String deliveryId) {
        return jdbc.sql("select finished_at is not null from accepted_work where delivery_id = :d").param("d", deliveryId)
                .query(Boolean.class).single();
    }

    private String stored(String deliveryId) {
        return jdbc.sql("select data from accepted_work where delivery_id = :d").param("d", deliveryId).query(String.class).single();
    }

    private static String text(Reply reply) {
        return reply.blocks().stream().filter(Block.Text.class::isInstance).map(b -> ((Block.Text) b).text()).findFirst().orElse("");
    }
}
