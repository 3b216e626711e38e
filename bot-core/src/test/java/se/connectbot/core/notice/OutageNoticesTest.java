package se.connectbot.core.notice;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import se.connectbot.core.TranscriptTestSupport;
import se.connectbot.core.chat.ChatUser;
import se.connectbot.core.chat.ConversationRef;
import se.connectbot.core.chat.Platform;
import se.connectbot.core.i18n.Language;
import se.connectbot.core.i18n.UserLanguages;
import se.connectbot.core.outbound.Outbound;
import se.connectbot.core.outbound.OutboundError;
import se.connectbot.core.outbound.Outgoing;
import se.connectbot.coretesting.ChatTranscript;
import se.connectbot.coretesting.DemoUsers;
import se.connectbot.coretesting.Replies;
import se.connectbot.portal.api.Network;
import se.connectbot.portal.api.Outage;
import se.connectbot.portal.api.OutageKind;

/**
 * Outage notices from the subscription in a chat to the channel's card, on the embedded
 * PostgreSQL with the fake portal's change feed: one post per outage and channel, updated in
 * place with a line in its thread, idempotent across retries and instances, paused and resumed,
 * orphaned and taken over.
 */
class OutageNoticesTest extends TranscriptTestSupport {

    private static final NoticeProperties SETTINGS = new NoticeProperties(Duration.ofSeconds(30), Duration.ofSeconds(1),
            Duration.ofMinutes(2), 200, 3, Duration.ofHours(1));
    /** The shortest lease there is: heartbeats a second apart, so a test sees several in a few seconds. */
    private static final NoticeProperties SHORT_LEASE = new NoticeProperties(Duration.ofSeconds(30), Duration.ofSeconds(1),
            NoticeProperties.MIN_LEASE, 200, 3, Duration.ofHours(1));

    @Autowired
    OutagePoller poller;
    @Autowired
    Outbox outbox;
    @Autowired
    SubscriptionStore subscriptions;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ScopeRefresh refresh;
    @Autowired
    UserLanguages languages;
    @Autowired
    TransactionTemplate transactions;

    private final RecordingSender slack = new RecordingSender(Platform.SLACK);
    private NoticeDispatcher dispatcher;

    @BeforeEach
    void emptyFeedAndOutbox() {
        jdbc.sql("delete from outage_subscription").update();
        jdbc.sql("delete from outage_notice").update();
        jdbc.sql("delete from outage_feed").update();
        dispatcher = dispatcher();
        poller.poll(); // the first poll only takes the feed's cursor: from now on
    }

    @AfterEach
    void nothingWasSentWhileHoldingATransaction() {
        assertThat(slack.sentInTransaction()).as("sent while holding a connection (and maybe row locks)").isEmpty();
    }

    @Test
    void subscribeThenOnePostUpdatedInPlaceWithThreadRepliesThenResolved() {
        String channel = channel();
        ChatTranscript anna = signedIn(DemoUsers.ANNA).inSharedChannel(channel);
        anna.send("prenumerera drift").expectText("Vilka driftstörningar ska skickas hit?").click("Allt som berör oss")
                .expectText("Prenumeration #", "det som berör er", "Ägare: Anna Lindqvist").expectPublic();

        portal.publish(outage("out-9", 1, List.of(), null));
        assertThat(poller.poll()).isEqualTo(1);
        assertThat(dispatcher.drain()).isEqualTo(1);
        List<Outgoing> sent = slack.in(channel);
        assertThat(sent).singleElement().isInstanceOf(Outgoing.Post.class);
        assertThat(Replies.text(sent.get(0).reply())).contains("Driftstörning: Fiber nere Lagergatan", "Berör er",
                "Göteborg: 411 01, Göteborg", "Större");
        assertThat(Replies.choices(sent.get(0).reply())).singleElement()
                .satisfies(c -> assertThat(c.value()).startsWith("ticket Driftstörning out-9 kvarstår"));

        anna.clickIn(sent.get(0).reply(), "Fortfarande problem för oss?").expectText("Vad gäller ärendet?")
                .expectNoText("Skriv en kort rubrik").expectPrivate(); // the guided ticket, its title the outage
        anna.send("avbryt");
        assertThat(poller.poll()).as("nothing new in the feed").isZero();
        assertThat(dispatcher.drain()).isZero();

        clock.advance(Duration.ofSeconds(5));
        portal.publish(outage("out-9", 2, List.of(new Outage.Update(clock.instant(), "Grävskada lokaliserad")), null));
        poller.poll();
        dispatcher.drain();
        sent = slack.in(channel);
        assertThat(sent).hasSize(3);
        Outgoing.Update update = (Outgoing.Update) sent.get(1);
        assertThat(update.message().messageId()).isEqualTo("m1");
        assertThat(Replies.text(update.reply())).contains("Grävskada lokaliserad");
        Outgoing.ThreadReply thread = (Outgoing.ThreadReply) sent.get(2);
        assertThat(thread.parent().messageId()).isEqualTo("m1");
        assertThat(Replies.text(thread.reply())).contains("Uppdatering", "Grävskada lokaliserad");

        clock.advance(Duration.ofSeconds(5));
        portal.publish(outage("out-9", 3, List.of(new Outage.Update(clock.instant(), "Grävskada lokaliserad")), clock.instant()));
        anna.send("drift").expectNoText("Fiber nere Lagergatan");
        poller.poll();
        dispatcher.drain();
        sent = slack.in(channel);
        assertThat(sent).hasSize(5);
        assertThat(((Outgoing.Update) sent.get(3)).message().messageId()).isEqualTo("m1");
        assertThat(Replies.text(sent.get(3).reply())).contains("Åtgärdad: Fiber nere Lagergatan");
        assertThat(Replies.text(sent.get(4).reply())).startsWith("Åtgärdad");
        assertThat(slack.all().stream().filter(Outgoing.Post.class::isInstance)).hasSize(1);
    }

    @Test
    void aCardWhoseExpectedEndPassesSaysSoOnce() {
        String channel = channel();
        signedIn(DemoUsers.ANNA).inSharedChannel(channel).send("prenumerera drift Göteborg").expectText("Prenumeration #");
        portal.publish(outage("out-18", 1, List.of(), null)); // expected end 12:00 UTC; the clock says 09:00
        poller.poll();
        dispatcher.drain();
        assertThat(Replies.text(slack.in(channel).get(0).reply())).doesNotContain("har passerat");
        poller.poll();
        dispatcher.drain();
        assertThat(slack.in(channel)).hasSize(1);

        clock.advance(Duration.ofHours(4));
        poller.poll();
        dispatcher.drain();
        assertThat(slack.in(channel)).hasSize(2);
        Outgoing.Update expired = (Outgoing.Update) slack.in(channel).get(1);
        assertThat(expired.message().conversationId()).isEqualTo(channel);
        assertThat(Replies.text(expired.reply())).contains("(har passerat)", "Fiber nere Lagergatan out-18");
        clock.advance(Duration.ofMinutes(1));
        poller.poll();
        dispatcher.drain();
        assertThat(slack.in(channel)).as("once").hasSize(2);
    }

    @Test
    void aRateLimitedChannelWaitsForRetryAfterAndThenGetsItsPostOnce() {
        String limited = channel();
        ChatTranscript anna = signedIn(DemoUsers.ANNA).inSharedChannel(limited);
        anna.send("prenumerera drift Göteborg").expectText("Prenumeration #");
        slack.refuse(limited, OutboundError.RATE_LIMITED); // one 429 with Retry-After
        portal.publish(outage("out-19", 1, List.of(), null));
        poller.poll();
        dispatcher.drain();
        assertThat(slack.in(limited)).isEmpty();
        assertThat(jdbc.sql("select attempts from outage_outbox where channel_id = :c").param("c", limited).query(Integer.class).single())
                .as("a 429 is not counted as a failure").isZero();
        clock.advance(Duration.ofSeconds(2));
        dispatcher.drain();
        dispatcher.drain();
        assertThat(slack.in(limited)).singleElement().isInstanceOf(Outgoing.Post.class);
    }

    @Test
    void aPostThePlatformTookButWhoseAnswerWasLostIsFoundOnTheRetryNotPostedAgain() {
        String channel = channel();
        signedIn(DemoUsers.ANNA).inSharedChannel(channel).send("prenumerera drift Göteborg").expectText("Prenumeration #");
        slack.loseAnswerOnce(channel);
        portal.publish(outage("out-31", 1, List.of(), null));
        poller.poll();
        dispatcher.drain();
        assertThat(slack.in(channel)).singleElement().isInstanceOf(Outgoing.Post.class);
        assertThat(jdbc.sql("select count(*) from outage_notice where channel_id = :c").param("c", channel).query(Integer.class).single())
                .as("the reference never came back").isZero();
        String marker = ((Outgoing.Post) slack.in(channel).get(0)).marker();
        assertThat(jdbc.sql("select marker from outage_notice_attempt where channel_id = :c").param("c", channel)
                .query(String.class).single()).as("committed before the post").isEqualTo(marker);

        clock.advance(Duration.ofSeconds(10));
        dispatcher.drain();
        assertThat(slack.in(channel)).hasSize(2);
        assertThat(slack.in(channel).get(1)).as("found by its marker and brought up to date, not posted again")
                .isInstanceOfSatisfying(Outgoing.Update.class, u -> assertThat(u.message().messageId()).isEqualTo(
                        jdbc.sql("select message_id from outage_notice where channel_id = :c").param("c", channel).query(String.class).single()));
        assertThat(jdbc.sql("select count(*) from outage_notice_attempt where channel_id = :c").param("c", channel)
                .query(Integer.class).single()).isZero();
        clock.advance(Duration.ofSeconds(5));
        portal.publish(outage("out-31", 2, List.of(new Outage.Update(clock.instant(), "Tekniker på plats")), null));
        poller.poll();
        dispatcher.drain();
        assertThat(slack.in(channel)).hasSize(4).filteredOn(Outgoing.Post.class::isInstance).hasSize(1);
    }

    @Test
    void aPostWhoseReferenceFailedToCommitIsFoundOnTheRetryNotPostedAgain() {
        String channel = channel();
        signedIn(DemoUsers.ANNA).inSharedChannel(channel).send("prenumerera drift Göteborg").expectText("Prenumeration #");
        // the transaction storing the posted message's reference fails (rolls back), as if the bot died before its commit
        jdbc.sql("create or replace function test_fail_notice() returns trigger language plpgsql as "
                + "'begin raise exception ''the bot dies before the commit''; end'").update();
        jdbc.sql("create trigger test_fail_notice before insert on outage_notice for each row "
                + "when (new.channel_id = '" + channel + "') execute function test_fail_notice()").update();
        try {
            portal.publish(outage("out-32", 1, List.of(), null));
            poller.poll();
            dispatcher.drain();
        } finally {
            jdbc.sql("drop trigger test_fail_notice on outage_notice").update();
        }
        assertThat(slack.in(channel)).singleElement().isInstanceOf(Outgoing.Post.class);
        assertThat(jdbc.sql("select count(*) from outage_notice where channel_id = :c").param("c", channel).query(Integer.class).single())
                .isZero();

        clock.advance(Duration.ofSeconds(10));
        dispatcher.drain();
        assertThat(slack.in(channel)).hasSize(2);
        assertThat(slack.in(channel).get(1)).isInstanceOf(Outgoing.Update.class);
        assertThat(jdbc.sql("select message_id from outage_notice where channel_id = :c").param("c", channel).query(String.class).single())
                .isEqualTo(((Outgoing.Update) slack.in(channel).get(1)).message().messageId());
    }

    @Test
    void aPlatformThatCannotReadItsPostsBackGetsAPostInDoubtPostedAgainAtLeastOnce() {
        RecordingSender teams = new RecordingSender(Platform.SLACK, false);
        NoticeDispatcher blind = new NoticeDispatcher(outbox, subscriptions, new Outbound(List.of(teams)), SETTINGS, languages, clock);
        String channel = channel();
        signedIn(DemoUsers.ANNA).inSharedChannel(channel).send("prenumerera drift Göteborg").expectText("Prenumeration #");
        teams.loseAnswerOnce(channel);
        portal.publish(outage("out-33", 1, List.of(), null));
        poller.poll();
        blind.drain();
        clock.advance(Duration.ofSeconds(10));
        blind.drain();
        assertThat(teams.in(channel)).hasSize(2).allSatisfy(o -> assertThat(o).isInstanceOf(Outgoing.Post.class));
        assertThat(jdbc.sql("select count(*) from outage_notice where channel_id = :c").param("c", channel).query(Integer.class).single())
                .isOne();
    }

    @Test
    void aCardSomeoneDeletedIsPostedAnewOnTheNextChangeWithoutCountingAgainstTheChannel() {
        String channel = channel();
        signedIn(DemoUsers.ANNA).inSharedChannel(channel).send("prenumerera drift Göteborg").expectText("Prenumeration #");
        portal.publish(outage("out-22", 1, List.of(), null));
        poller.poll();
        dispatcher.drain();
        String first = jdbc.sql("select message_id from outage_notice where channel_id = :c").param("c", channel)
                .query(String.class).single();
        slack.delete(first);
        clock.advance(Duration.ofSeconds(5));
        portal.publish(outage("out-22", 2, List.of(new Outage.Update(clock.instant(), "Tekniker på plats")), null));
        poller.poll();
        dispatcher.drain();
        assertThat(slack.in(channel)).hasSize(2).allSatisfy(o -> assertThat(o).isInstanceOf(Outgoing.Post.class));
        assertThat(Replies.text(slack.in(channel).get(1).reply())).contains("Tekniker på plats");
        clock.advance(Duration.ofSeconds(5));
        portal.publish(outage("out-22", 3, List.of(new Outage.Update(clock.instant(), "Klart snart")), null));
        poller.poll();
        dispatcher.drain();
        assertThat(slack.in(channel).get(2)).isInstanceOf(Outgoing.Update.class);
        assertThat(((Outgoing.Update) slack.in(channel).get(2)).message().messageId()).isNotEqualTo(first);
        assertThat(subscriptions.in(new ConversationRef(Platform.SLACK, "T-test", channel, true)).get(0).failures()).isZero();
    }

    @Test
    void anOutageElsewhereOrBelowTheFilterIsNotPosted() {
        String channel = channel();
        signedIn(DemoUsers.ANNA).inSharedChannel(channel).send("prenumerera drift kritisk").expectText("från Kritisk");
        portal.publish(outage("out-10", 1, List.of(), null)); // major, not critical
        poller.poll();
        dispatcher.drain();
        assertThat(slack.in(channel)).isEmpty();
    }

    @Test
    void aRetriedRowOfAShownChangeUpdatesNothingAndASecondSubscriptionInTheChannelAddsNoSecondPost() {
        String channel = channel();
        ChatTranscript anna = signedIn(DemoUsers.ANNA).inSharedChannel(channel);
        anna.send("prenumerera drift default").expectText("Prenumeration #");
        anna.send("subscribe outages Göteborg").expectText("Prenumeration #");
        anna.send("prenumerationer").expectText("Prenumerationer i den här kanalen (2)", "Anna Lindqvist", "Göteborg", "Aktiv");
        portal.publish(outage("out-11", 1, List.of(), null));
        assertThat(poller.poll()).isEqualTo(2);
        dispatcher.drain();
        clock.advance(Duration.ofSeconds(5));
        dispatcher.drain();
        assertThat(slack.in(channel)).singleElement().isInstanceOf(Outgoing.Post.class);
        // a row handed out again (a lease ran out while its post was stored) finds the change shown
        subscriptions.in(anna.conversation()).forEach(s -> jdbc.sql("""
                insert into outage_outbox (subscription_id, platform, workspace_id, channel_id, kind, outage_id, outage_version,
                    outage, not_before, created_at)
                values (:id, 'SLACK', :ws, :channel, 'NOTICE', 'out-11', 1, cast(:payload as jsonb), :now, :now)""")
                .param("id", s.id()).param("now", java.sql.Timestamp.from(clock.instant())).param("ws", anna.conversation().workspaceId()).param("channel", channel)
                .param("payload", SubscriptionStore.JSON.writeValueAsString(new NoticePayload(outage("out-11", 1, List.of(), null),
                        List.of("x"))))
                .update());
        clock.advance(Duration.ofSeconds(5));
        assertThat(dispatcher.drain()).isEqualTo(2);
        assertThat(slack.in(channel)).hasSize(1);
    }

    /** Discord's users are one across guilds: the owner's workspace is not the channel's, and the owner is still linked. */
    @Test
    void anOwnerOfAnotherWorkspaceThanTheChannelsKeepsTheSubscriptionAndItPosts() {
        String channel = channel();
        ChatUser owner = signedIn(DemoUsers.ANNA).user();
        ConversationRef guildChannel = new ConversationRef(Platform.SLACK, "G-" + owner.workspaceId(), channel, true);
        Scope scope = new Scope(java.util.Map.of("acc", new Scope.Area("Göteborg", Set.of("411 01"), Set.of("Göteborg"), false)));
        long id = subscriptions.add(guildChannel, owner, "u-anna", "Anna", Language.SV, NoticeFilter.DEFAULT, scope, null);
        jdbc.sql("update outage_subscription set owner_portal_user_id = (select portal_user_id from account_link where user_id = :u)")
                .param("u", owner.userId()).update();

        portal.publish(outage("out-owner-ws", 1, List.of(), null));
        assertThat(poller.poll()).isEqualTo(1);
        assertThat(subscriptions.find(id).orElseThrow().state()).as("not orphaned").isEqualTo(Subscription.State.ACTIVE);
        assertThat(subscriptions.find(id).orElseThrow().owner()).isEqualTo(owner);
        dispatcher.drain();
        assertThat(slack.in(channel)).singleElement().isInstanceOf(Outgoing.Post.class);
    }

    @Test
    void twoInstancesDrainingAtOnceNeverPostTwice() throws Exception {
        List<String> channels = new ArrayList<>();
        ChatUser owner = signedIn(DemoUsers.ANNA).user();
        Scope scope = new Scope(java.util.Map.of("acc", new Scope.Area("Göteborg", Set.of("411 01"), Set.of("Göteborg"), false)));
        for (int i = 0; i < 40; i++) {
            String channel = channel();
            channels.add(channel);
            subscriptions.add(new ConversationRef(Platform.SLACK, owner.workspaceId(), channel, true), owner, "u-anna", "Anna",
                    Language.SV, NoticeFilter.DEFAULT, scope, null);
        }
        jdbc.sql("update outage_subscription set owner_portal_user_id = (select portal_user_id from account_link where user_id = :u)")
                .param("u", owner.userId()).update();
        portal.publish(outage("out-12", 1, List.of(), null));
        assertThat(poller.poll()).isEqualTo(40);
        NoticeDispatcher other = dispatcher();
        slack.slow(channels.get(0), Duration.ofMillis(200));
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Future<Integer> a = threads.submit(dispatcher::drain);
            Future<Integer> b = threads.submit(other::drain);
            assertThat(a.get() + b.get()).isEqualTo(40);
        } finally {
            threads.shutdownNow();
        }
        for (String channel : channels) {
            assertThat(slack.in(channel)).as(channel).singleElement().isInstanceOf(Outgoing.Post.class);
        }
    }

    @Test
    void rowsClaimedByAnInstanceThatDiedAreDeliveredByAnotherOnceTheLeaseRunsOut() {
        List<String> channels = new ArrayList<>();
        ChatTranscript anna = signedIn(DemoUsers.ANNA);
        for (int i = 0; i < 5; i++) {
            channels.add(channel());
            anna.inSharedChannel(channels.get(i)).send("prenumerera drift Göteborg").expectText("Prenumeration #");
        }
        portal.publish(outage("out-21", 1, List.of(), null));
        poller.poll();
        assertThat(outbox.claim(200, SETTINGS.lease(), "instance-that-died")).as("claimed by an instance that then died").hasSize(5);
        assertThat(dispatcher.drain()).as("leased to the dead instance").isZero();
        clock.advance(SETTINGS.lease().plusSeconds(1));
        assertThat(dispatcher.drain()).isEqualTo(5);
        channels.forEach(c -> assertThat(slack.in(c)).singleElement().isInstanceOf(Outgoing.Post.class));
    }

    @Test
    void aPostThatOutlastsTheLeaseIsNotTakenOverWhileItsHolderLives() throws Exception {
        String channel = channel();
        signedIn(DemoUsers.ANNA).inSharedChannel(channel).send("prenumerera drift Göteborg").expectText("Prenumeration #");
        portal.publish(outage("out-22", 1, List.of(), null));
        poller.poll();
        CountDownLatch posting = new CountDownLatch(1);
        CountDownLatch answered = new CountDownLatch(1);
        slack.holdNext(channel, posting, answered);
        NoticeDispatcher holder = dispatcher(SHORT_LEASE, outbox);
        ExecutorService threads = Executors.newSingleThreadExecutor();
        try {
            Future<Integer> working = threads.submit(holder::drain);
            assertThat(posting.await(10, TimeUnit.SECONDS)).as("the post is under way").isTrue();
            for (int beat = 0; beat < 3; beat++) {
                clock.advance(SHORT_LEASE.lease()); // each step alone outlasts the lease
                awaitRenewed(SHORT_LEASE.lease());
                assertThat(dispatcher(SHORT_LEASE, outbox).drain()).as("taken by a second instance while its holder posts").isZero();
            }
            answered.countDown();
            assertThat(working.get(10, TimeUnit.SECONDS)).isEqualTo(1);
        } finally {
            answered.countDown();
            threads.shutdownNow();
        }
        assertThat(slack.in(channel)).singleElement().isInstanceOf(Outgoing.Post.class);
        assertThat(jdbc.sql("select count(*) from outage_outbox").query(Integer.class).single()).isZero();
    }

    @Test
    void aHolderThatStopsHeartbeatingHasItsRowsTakenWithinOneLease() throws Exception {
        String channel = channel();
        signedIn(DemoUsers.ANNA).inSharedChannel(channel).send("prenumerera drift Göteborg").expectText("Prenumeration #");
        portal.publish(outage("out-23", 1, List.of(), null));
        poller.poll();
        RecordingSender doomedSlack = new RecordingSender(Platform.SLACK);
        CountDownLatch posting = new CountDownLatch(1);
        CountDownLatch answered = new CountDownLatch(1);
        doomedSlack.holdNext(channel, posting, answered);
        MortalOutbox doomedOutbox = new MortalOutbox(jdbc, transactions, clock);
        NoticeDispatcher doomed = new NoticeDispatcher(doomedOutbox, subscriptions, new Outbound(List.of(doomedSlack)), SHORT_LEASE, languages, clock);
        NoticeDispatcher survivor = dispatcher(SHORT_LEASE, outbox);
        ExecutorService threads = Executors.newSingleThreadExecutor();
        try {
            threads.submit(doomed::drain);
            assertThat(posting.await(10, TimeUnit.SECONDS)).as("the post is under way").isTrue();
            clock.advance(SHORT_LEASE.lease());
            awaitRenewed(SHORT_LEASE.lease());
            assertThat(survivor.drain()).as("its holder lives").isZero();
            doomedOutbox.die(); // as a SIGKILL: no heartbeat, no write, the post never answered
            Thread.sleep(SHORT_LEASE.lease().dividedBy(3).multipliedBy(2).toMillis()); // beats it would have made
            clock.advance(SHORT_LEASE.lease().minusSeconds(1));
            assertThat(survivor.drain()).as("a second before its last lease ends").isZero();
            clock.advance(Duration.ofSeconds(2));
            assertThat(survivor.drain()).as("a second after").isEqualTo(1);
        } finally {
            answered.countDown();
            threads.shutdownNow();
        }
        assertThat(slack.in(channel)).singleElement().isInstanceOf(Outgoing.Post.class);
    }

    /** Waits (a few heartbeats at most) until the outbox's one row is leased for {@code lease} from the clock's now. */
    private void awaitRenewed(Duration lease) throws InterruptedException {
        Instant until = clock.instant().plus(lease);
        for (int i = 0; i < 60 && !jdbc.sql("select claimed_until >= :until from outage_outbox")
                .param("until", java.sql.Timestamp.from(until)).query(Boolean.class).single(); i++) {
            Thread.sleep(50);
        }
    }

    /** An instance's outbox until it dies; from then on it writes nothing (a killed JVM's connections commit nothing more). */
    private static final class MortalOutbox extends Outbox {

        private volatile boolean dead;

        MortalOutbox(JdbcClient jdbc, TransactionTemplate transactions, java.time.Clock clock) {
            super(jdbc, transactions, clock);
        }

        void die() {
            dead = true;
        }

        @Override
        List<OutboxRow> claim(int batch, Duration lease, String holder) {
            return dead ? List.of() : super.claim(batch, lease, holder);
        }

        @Override
        int renew(String holder, Duration lease) {
            return dead ? 0 : super.renew(holder, lease);
        }

        @Override
        void delivered(OutboxRow row, se.connectbot.core.outbound.MessageRef message, NoticePayload shown) {
            if (!dead) {
                super.delivered(row, message, shown);
            }
        }

        @Override
        void done(OutboxRow row) {
            if (!dead) {
                super.done(row);
            }
        }

        @Override
        void later(OutboxRow row, Instant at, boolean counted) {
            if (!dead) {
                super.later(row, at, counted);
            }
        }
    }

    @Test
    void aChannelThatKeepsRefusingIsPausedItsOwnerToldAndOthersAreNotHeldUp() {
        String refusing = channel();
        String fine = channel();
        ChatTranscript anna = signedIn(DemoUsers.ANNA).inSharedChannel(refusing);
        anna.send("prenumerera drift default").expectText("Prenumeration #");
        anna.asAnotherUser().inSharedChannel(fine).signInAs(DemoUsers.KARL, driver()).send("prenumerera drift Göteborg");
        slack.refuse(refusing, OutboundError.NO_ACCESS);
        portal.publish(outage("out-13", 1, List.of(), null));
        poller.poll();
        dispatcher.drain();
        assertThat(slack.in(fine)).hasSize(1);
        for (int i = 0; i < 3; i++) {
            clock.advance(Duration.ofMinutes(11));
            dispatcher.drain();
        }
        assertThat(slack.in(refusing)).isEmpty();
        assertThat(slack.in("D-" + anna.user().userId())).singleElement()
                .satisfies(o -> assertThat(Replies.text(o.reply())).contains(refusing, "är pausad", "återuppta prenumeration"));
        anna.send("prenumerationer").expectText("Pausad");

        slack.accept(refusing);
        anna.send("återuppta prenumeration").expectText("Återupptog 1");
        clock.advance(Duration.ofSeconds(5));
        portal.publish(outage("out-14", 1, List.of(), null));
        poller.poll();
        dispatcher.drain();
        assertThat(slack.in(refusing)).singleElement().satisfies(o -> assertThat(Replies.text(o.reply())).contains("out-14"));
    }

    @Test
    void whenTheOwnerUnlinksTheChannelIsToldAndAnotherLinkedPersonTakesOverWithOneClick() {
        String channel = channel();
        ChatTranscript anna = signedIn(DemoUsers.ANNA).inSharedChannel(channel);
        anna.send("prenumerera drift default").expectText("Prenumeration #");
        linking.unlink(anna.user());
        poller.poll();
        dispatcher.drain();
        Outgoing told = slack.in(channel).get(0);
        assertThat(Replies.text(told.reply())).contains("ägdes av Anna Lindqvist", "inte längre är inloggad");

        portal.publish(outage("out-15", 1, List.of(), null));
        poller.poll();
        clock.advance(Duration.ofSeconds(5));
        dispatcher.drain();
        assertThat(slack.in(channel)).as("an orphaned subscription delivers nothing").hasSize(1);

        ChatTranscript karl = anna.asAnotherUser().signInAs(DemoUsers.KARL, driver());
        karl.clickIn(told.reply(), "Ta över prenumerationen").expectText("ägs nu av Karl Berg");
        karl.clickIn(told.reply(), "Ta över prenumerationen").expectText("saknar inte ägare");
        anna.asAnotherUser().send("ta över prenumeration 1").expectText("behöver logga in");
        karl.send("prenumerationer").expectText("Karl Berg", "Aktiv");
    }

    @Test
    void anOwnerThePortalNoLongerAcceptsLeavesTheSubscriptionToBeTakenOver() {
        String channel = channel();
        ChatTranscript anna = signedIn(DemoUsers.ANNA).inSharedChannel(channel);
        anna.send("prenumerera drift default").expectText("Prenumeration #");
        assertThat(refresh.refresh()).as("still allowed").isZero();
        assertThat(subscriptions.in(anna.conversation()).get(0).scope().towns()).containsKey("goteborg");

        auth.revokeAll(DemoUsers.ANNA);
        assertThat(refresh.refresh()).isEqualTo(1);
        assertThat(refresh.refresh()).as("told once").isZero();
        dispatcher.drain();
        assertThat(slack.in(channel)).singleElement()
                .satisfies(o -> assertThat(Replies.text(o.reply())).contains("ägdes av Anna Lindqvist"));
        assertThat(subscriptions.in(anna.conversation()).get(0).state()).isEqualTo(Subscription.State.ORPHANED);
    }

    @Test
    void quietHoursHoldANoticeUntilTheyEndButLetACriticalOneThrough() {
        clock.set(Instant.parse("2026-11-25T19:00:00Z")); // 20:00 in Stockholm, a Wednesday
        String channel = channel();
        signedIn(DemoUsers.ANNA).inSharedChannel(channel).send("prenumerera drift tyst 18-07 kritiska igenom")
                .expectText("tyst 18:00–07:00", "kritiska släpps igenom");
        portal.publish(outage("out-16", 1, List.of(), null));
        Outage critical = outage("out-17", 1, List.of(), null);
        portal.publish(new Outage(critical.id(), critical.title(), critical.description(), critical.kind(), critical.networks(),
                Outage.Severity.CRITICAL, critical.municipalities(), critical.postcodes(), critical.startedAt(), null, null,
                Outage.OutageStatus.ACTIVE, List.of(), critical.updatedAt(), 1));
        poller.poll();
        dispatcher.drain();
        assertThat(slack.in(channel)).singleElement().satisfies(o -> assertThat(Replies.text(o.reply())).contains("Kritisk"));
        clock.set(Instant.parse("2026-11-26T05:59:00Z"));
        dispatcher.drain();
        assertThat(slack.in(channel)).hasSize(1);
        portal.publish(outage("out-20", 1, List.of(), null));
        poller.poll();
        dispatcher.drain();
        assertThat(slack.in(channel)).hasSize(1);
        clock.set(Instant.parse("2026-11-26T06:00:01Z")); // 07:00 in Stockholm
        dispatcher.drain();
        List<Outgoing> after = slack.in(channel);
        assertThat(after).hasSize(4);
        assertThat(Replies.text(after.get(1).reply())).contains("Medan det var tyst: 2 driftstörningar", "out-16", "out-20", "pågår");
        assertThat(after.subList(2, 4)).allSatisfy(o -> assertThat(o).isInstanceOf(Outgoing.Post.class));
        clock.advance(Duration.ofSeconds(5));
        dispatcher.drain();
        assertThat(slack.in(channel)).as("the digest once").hasSize(4);
    }

    @Test
    void aDigestWhosePostFailsIsPostedOnTheRetryAndOnlyOnce() {
        clock.set(Instant.parse("2026-11-25T19:00:00Z")); // 20:00 in Stockholm, a Wednesday
        String channel = channel();
        signedIn(DemoUsers.ANNA).inSharedChannel(channel).send("prenumerera drift tyst 18-07").expectText("tyst 18:00–07:00");
        portal.publish(outage("out-31", 1, List.of(), null));
        portal.publish(outage("out-32", 1, List.of(), null));
        poller.poll();
        dispatcher.drain();
        assertThat(slack.in(channel)).isEmpty();
        clock.set(Instant.parse("2026-11-26T06:00:01Z")); // 07:00 in Stockholm: the digest is due
        slack.refuse(channel, OutboundError.TRANSIENT); // Slack has a bad moment
        dispatcher.drain();
        assertThat(slack.in(channel)).isEmpty();
        slack.accept(channel);
        clock.advance(Duration.ofMinutes(1));
        dispatcher.drain();
        clock.advance(Duration.ofMinutes(1));
        dispatcher.drain();
        List<Outgoing> after = slack.in(channel);
        assertThat(after).as("the digest, then each card").hasSize(3);
        assertThat(Replies.text(after.get(0).reply())).contains("Medan det var tyst: 2 driftstörningar", "out-31", "out-32");
        assertThat(after.subList(1, 3)).allSatisfy(o -> assertThat(o).isInstanceOf(Outgoing.Post.class));
        assertThat(jdbc.sql("select count(*) from outage_outbox where channel_id = :c").param("c", channel).query(Integer.class).single())
                .isZero();
    }

    @Test
    void aDigestIsPostedWithNoTransactionHeldOverThePlatformCall() {
        String channel = quietChannelWithTwoHeld("out-41", "out-42");
        slack.slow(channel, Duration.ofMillis(200));

        dispatcher.drain();

        List<Outgoing> after = slack.in(channel);
        assertThat(after).as("the digest, then each card").hasSize(3);
        assertThat(Replies.text(after.get(0).reply())).contains("Medan det var tyst: 2 driftstörningar", "out-41", "out-42");
        assertThat(slack.sentInTransaction()).as("sent while holding a connection and the held rows' locks").isEmpty();
    }

    @Test
    void aDigestAnotherDeliveryIsShowingIsWaitedForAndTakenOverWhenItsLeaseEnds() {
        String channel = quietChannelWithTwoHeld("out-43", "out-44");
        // another instance took the digest and died before posting it: its lease runs for a minute more
        jdbc.sql("update outage_outbox set digest_until = :until where channel_id = :c and held")
                .param("c", channel).param("until", java.sql.Timestamp.from(clock.instant().plus(Duration.ofMinutes(1)))).update();

        dispatcher.drain();
        assertThat(slack.in(channel)).as("no card before the digest it waits for").isEmpty();

        clock.advance(SETTINGS.lease());
        dispatcher.drain();
        List<Outgoing> after = slack.in(channel);
        assertThat(after).as("the digest, then each card").hasSize(3);
        assertThat(Replies.text(after.get(0).reply())).contains("Medan det var tyst: 2 driftstörningar", "out-43", "out-44");
        assertThat(after.subList(1, 3)).allSatisfy(o -> assertThat(o).isInstanceOf(Outgoing.Post.class));
        clock.advance(Duration.ofMinutes(1));
        dispatcher.drain();
        assertThat(slack.in(channel)).as("the digest once").hasSize(3);
    }

    /** A channel whose subscription's quiet hours (18–07) held back two outages; the clock at 07:00, when they are due. */
    private String quietChannelWithTwoHeld(String first, String second) {
        clock.set(Instant.parse("2026-11-25T19:00:00Z")); // 20:00 in Stockholm, a Wednesday
        String channel = channel();
        signedIn(DemoUsers.ANNA).inSharedChannel(channel).send("prenumerera drift tyst 18-07").expectText("tyst 18:00–07:00");
        portal.publish(outage(first, 1, List.of(), null));
        portal.publish(outage(second, 1, List.of(), null));
        poller.poll();
        dispatcher.drain();
        assertThat(slack.in(channel)).isEmpty();
        clock.set(Instant.parse("2026-11-26T06:00:01Z")); // 07:00 in Stockholm: the digest is due
        return channel;
    }

    @Test
    void unknownFiltersGetADidYouMeanAndUnsubscribeEndsOneOrAll() {
        ChatTranscript anna = signedIn(DemoUsers.ANNA).inSharedChannel(channel());
        anna.send("prenumerera drift Götebrog").expectText("Menade du Göteborg?");
        anna.send("subscribe outages 4h").expectText("Menade du 4G?");
        anna.send("prenumerera drift 4G").expectText("Prenumeration #");
        anna.send("prenumerera drift 5G").expectText("Prenumeration #");
        long first = subscriptions.in(anna.conversation()).get(0).id();
        anna.send("avsluta prenumeration " + first).expectText("Prenumeration #" + first + " avslutad");
        anna.send("avsluta prenumeration " + first).expectText("ingen prenumeration #" + first);
        anna.send("avsluta prenumerationen på driftstörningar").expectText("Prenumerationer i den här kanalen (1)", "5G");
        anna.send("unsubscribe all").expectText("(1)");
        anna.send("prenumerationer").expectText("inga prenumerationer");
    }

    @Test
    void aGarbledCursorRestartsTheFeedFromNowAndAPortalOutageKeepsTheCursor() {
        portal.down(true);
        String before = cursor();
        assertThat(poller.poll()).isZero();
        assertThat(cursor()).isEqualTo(before);
        portal.down(false);
        jdbc.sql("update outage_feed set cursor = 'garbled!!'").update();
        assertThat(poller.poll()).isZero();
        assertThat(cursor()).startsWith("cursor-");
    }

    @Test
    void nobodyEndsTakesOverOrListsAnotherConversationsSubscription() {
        ChatTranscript anna = signedIn(DemoUsers.ANNA).inSharedChannel(channel());
        anna.send("prenumerera drift Göteborg").expectText("Prenumeration #");
        long id = subscriptions.in(anna.conversation()).get(0).id();
        ChatTranscript sofia = signedIn(DemoUsers.SOFIA).inSharedChannel(channel());
        sofia.send("avsluta prenumeration " + id).expectText("ingen prenumeration #" + id);
        sofia.send("unsubscribe all").expectText("(0)");
        linking.unlink(anna.user());
        poller.poll();
        sofia.send("ta över prenumeration " + id).expectText("saknar inte ägare");
        sofia.send("prenumerationer").expectText("inga prenumerationer").expectNoText("Anna");
        assertThat(subscriptions.find(id).orElseThrow().state()).isEqualTo(Subscription.State.ORPHANED);
    }

    @Test
    void notSignedInCannotSubscribe() {
        chat().inSharedChannel(channel()).send("prenumerera drift").expectText("behöver logga in");
    }

    private String cursor() {
        return jdbc.sql("select cursor from outage_feed").query(String.class).single();
    }

    private NoticeDispatcher dispatcher() {
        return dispatcher(SETTINGS, outbox);
    }

    private NoticeDispatcher dispatcher(NoticeProperties settings, Outbox store) {
        return new NoticeDispatcher(store, subscriptions, new Outbound(List.of(slack)), settings, languages, clock);
    }

    private static String channel() {
        return "C-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private Outage outage(String id, long version, List<Outage.Update> updates, Instant resolved) {
        Instant start = Instant.parse("2026-11-25T08:00:00Z");
        return new Outage(id, "Fiber nere Lagergatan " + id, "Fiberavbrott vid Lagergatan.", OutageKind.FIXED, List.<Network>of(),
                Outage.Severity.MAJOR, List.of("Göteborg"), List.of("411 01"), start, start.plus(Duration.ofHours(4)), resolved,
                resolved == null ? Outage.OutageStatus.ACTIVE : Outage.OutageStatus.RESOLVED, updates, clock.instant(), version);
    }
}
