package se.connectbot.core.notice;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Tag;
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
import se.connectbot.core.outbound.MessageRef;
import se.connectbot.core.outbound.Outbound;
import se.connectbot.core.outbound.OutboundException;
import se.connectbot.core.outbound.OutboundSender;
import se.connectbot.core.outbound.Outgoing;
import se.connectbot.coretesting.DemoUsers;
import se.connectbot.portal.api.Network;
import se.connectbot.portal.api.Outage;
import se.connectbot.portal.api.OutageKind;

/**
 * Fan-out of one outage to many subscribed conversations, delivered by two dispatchers (two
 * instances) on the embedded PostgreSQL, to fakes of the platforms that enforce their published
 * rates (429 with Retry-After past them) and answer after a network-like delay: time to the last
 * delivery against the floor those rates set, duplicates and losses. Run on request:
 * {@code mvn -B -pl bot-core verify -Dgroups=benchmark -DexcludedGroups=none -Dtest=FanOutBenchmark}.
 */
@Tag("benchmark")
class FanOutBenchmark extends TranscriptTestSupport {

    private static final double SCALE = Double.parseDouble(System.getProperty("benchmark.scale", "1"));
    private static final Duration LATENCY = Duration.ofMillis(60);

    @Autowired
    OutagePoller poller;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    UserLanguages languages;

    @Test
    void slackTenThousandChannels() throws Exception {
        run(Platform.SLACK, (int) (10_000 * SCALE), 1, Duration.ofSeconds(1), false);
    }

    @Test
    void discordTwoThousandChannelsOfOneBot() throws Exception {
        run(Platform.DISCORD, (int) (2_000 * SCALE), 50, Duration.ofSeconds(1), false);
    }

    @Test
    void slackTenThousandChannelsWithOneInstanceKilledHalfWay() throws Exception {
        run(Platform.SLACK, (int) (10_000 * SCALE), 1, Duration.ofSeconds(1), true);
    }

    @Test
    void discordTwoThousandChannelsWithOneInstanceKilledHalfWay() throws Exception {
        run(Platform.DISCORD, (int) (2_000 * SCALE), 50, Duration.ofSeconds(1), true);
    }

    /**
     * {@code kill}: when half the conversations have their post, the first instance dies as a
     * SIGKILLed JVM would ({@link KillSwitch}); the second goes on alone and takes the dead one's
     * claimed rows once their lease ({@code benchmark.lease}, default 30 s as in production), no longer renewed, ran out.
     */
    private void run(Platform platform, int channels, int perWindow, Duration window, boolean kill) throws Exception {
        jdbc.sql("delete from outage_subscription").update();
        jdbc.sql("delete from outage_notice").update();
        jdbc.sql("delete from outage_feed").update();
        ChatUser owner = signedIn(DemoUsers.ANNA).user();
        String portalUser = jdbc.sql("select portal_user_id from account_link where user_id = :u").param("u", owner.userId())
                .query(String.class).single();
        SubscriptionStore store = new SubscriptionStore(jdbc, Clock.systemUTC());
        Scope scope = new Scope(Map.of("acc", new Scope.Area("Göteborg", Set.of("411 01"), Set.of("Göteborg"), true)));
        for (int i = 0; i < channels; i++) {
            store.add(new ConversationRef(platform, "W-bench", "C-bench-" + i, true), new ChatUser(platform, "W-bench", owner.userId()),
                    portalUser, "Anna", Language.SV, NoticeFilter.DEFAULT, scope, null);
        }
        jdbc.sql("update outage_subscription set owner_user_id = :u, owner_workspace_id = :w, workspace_id = :w").param("u", owner.userId())
                .param("w", owner.workspaceId()).update();
        // the owner linked on the benchmark's platform too, else the poller orphans every subscription
        jdbc.sql("""
                        insert into account_link (platform, workspace_id, user_id, portal_user_id, portal_username, portal_name,
                            refresh_token_enc, access_token_enc, access_expires_at, scope, linked_at, refreshed_at)
                        select :platform, workspace_id, user_id, portal_user_id, portal_username, portal_name, refresh_token_enc,
                            access_token_enc, access_expires_at, scope, linked_at, refreshed_at from account_link where user_id = :u
                        on conflict do nothing""")
                .param("platform", platform.name()).param("u", owner.userId()).update();
        poller.poll();
        portal.publish(new Outage("out-bench", "Fiberavbrott Göteborg", "Grävskada.", OutageKind.FIXED, List.<Network>of(),
                Outage.Severity.MAJOR, List.of("Göteborg"), List.of("411 01"), clock.instant(), null, null,
                Outage.OutageStatus.ACTIVE, List.of(), clock.instant(), 1));
        Instant polled = Instant.now();
        int rows = poller.poll();
        Duration pollTime = Duration.between(polled, Instant.now());

        RateLimitedPlatform fake = new RateLimitedPlatform(platform, perWindow, window);
        Duration lease = kill ? Duration.parse("PT" + System.getProperty("benchmark.lease", "30s").toUpperCase()) : Duration.ofMinutes(2);
        NoticeProperties settings = new NoticeProperties(Duration.ofSeconds(30), Duration.ofSeconds(1), lease, 200, 3,
                Duration.ofHours(1));
        KillSwitch doomed = new KillSwitch();
        List<NoticeDispatcher> instances = List.of(
                new NoticeDispatcher(new KillableOutbox(jdbc, transactions, doomed), store,
                        new Outbound(List.of(new KillableSender(fake, doomed))), settings, languages, Clock.systemUTC()),
                new NoticeDispatcher(new Outbox(jdbc, transactions, Clock.systemUTC()), store, new Outbound(List.of(fake)), settings,
                        languages, Clock.systemUTC()));
        Thread.UncaughtExceptionHandler before = Thread.getDefaultUncaughtExceptionHandler();
        Thread.setDefaultUncaughtExceptionHandler((t, e) -> {
            if (!(e instanceof Killed) && before != null) {
                before.uncaughtException(t, e);
            }
        });
        Instant start = Instant.now();
        Instant deadline = start.plus(Duration.ofMinutes(10));
        ExecutorService threads = Executors.newFixedThreadPool(3);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (NoticeDispatcher instance : instances) {
                running.add(threads.submit(() -> {
                    try {
                        // until the outbox is empty, not only every channel posted: a post in doubt is
                        // on the platform, and its row waits for the dead instance's lease to end
                        while ((fake.delivered() < channels || outboxLeft() > 0) && Instant.now().isBefore(deadline)) {
                            instance.drain();
                            sleep(Duration.ofMillis(100));
                        }
                    } catch (Killed dead) {
                        // this instance is gone; what it claimed waits for its lease to run out
                    }
                    return null;
                }));
            }
            if (kill) {
                threads.submit(() -> {
                    while (fake.delivered() < channels / 2 && Instant.now().isBefore(deadline)) {
                        sleep(Duration.ofMillis(5));
                    }
                    doomed.kill();
                    return null;
                });
            }
            for (Future<?> f : running) {
                f.get();
            }
        } finally {
            threads.shutdownNow();
            Thread.setDefaultUncaughtExceptionHandler(before);
        }
        Duration took = Duration.between(start, fake.last());
        Duration emptied = Duration.between(start, Instant.now());
        Duration floor = platform == Platform.DISCORD
                ? window.multipliedBy(channels / perWindow - 1).plus(LATENCY) : LATENCY;
        int lost = channels - fake.delivered();
        System.out.printf("%n| %s%s | %,d | %,d | %.1f s | %.1f s | %.2f | %d | %d | %,d | %.1f s |%s%n", platform,
                kill ? " (one instance killed half-way, lease " + lease.toSeconds() + " s)" : "", channels, rows,
                took.toMillis() / 1000.0, floor.toMillis() / 1000.0, (double) took.toMillis() / floor.toMillis(), fake.duplicates(),
                lost, fake.refused(), pollTime.toMillis() / 1000.0,
                kill ? String.format(" killed at %.1f s; %d posts in doubt (taken by the platform, reference not stored), %d found"
                                + " by marker; outbox empty at %.1f s", Duration.between(start, doomed.at()).toMillis() / 1000.0,
                        doomed.inDoubt(), fake.foundInDoubt(), emptied.toMillis() / 1000.0) : "");
        assertThat(rows).as("outbox rows").isEqualTo(channels);
        assertThat(lost).as("lost").isZero();
        if (kill) {
            assertThat(doomed.at()).as("the kill happened").isNotNull();
            if (fake.readsBack()) {
                assertThat(fake.duplicates()).as("duplicates: none, the posts in doubt were found by their marker").isZero();
                assertThat(fake.foundInDoubt()).as("found, not posted again").isEqualTo(doomed.inDoubt());
            } else {
                assertThat(fake.duplicates()).as("duplicates: only posts in doubt at the kill").isLessThanOrEqualTo(doomed.inDoubt());
            }
        } else {
            assertThat(fake.duplicates()).as("duplicates").isZero();
        }
    }

    /** What a SIGKILL of one instance does to it, as the rest of the world sees it. */
    private static final class KillSwitch {

        private volatile Instant at;
        private final AtomicInteger inDoubt = new AtomicInteger();

        void kill() {
            at = Instant.now();
        }

        boolean dead() {
            return at != null;
        }

        void check() {
            if (dead()) {
                throw new Killed();
            }
        }

        Instant at() {
            return at;
        }

        int inDoubt() {
            return inDoubt.get();
        }
    }

    /** Thrown in a killed instance's threads: an Error, so no {@code catch (RuntimeException)} of the dispatcher tidies up. */
    private static final class Killed extends Error {
        Killed() {
            super("killed", null, false, false);
        }
    }

    /**
     * A killed instance's database: from the kill on it claims, renews, stores, deletes and gives
     * back nothing (a dead JVM's connections commit nothing more); the rows it had claimed keep
     * their last lease.
     */
    private static final class KillableOutbox extends Outbox {

        private final KillSwitch killSwitch;

        KillableOutbox(JdbcClient jdbc, TransactionTemplate transactions, KillSwitch killSwitch) {
            super(jdbc, transactions, Clock.systemUTC());
            this.killSwitch = killSwitch;
        }

        @Override
        List<OutboxRow> claim(int batch, Duration lease, String holder) {
            killSwitch.check();
            return super.claim(batch, lease, holder);
        }

        @Override
        int renew(String holder, Duration lease) {
            killSwitch.check(); // a dead instance's heartbeat stops with it
            return super.renew(holder, lease);
        }

        @Override
        void delivered(OutboxRow row, MessageRef message, NoticePayload shown) {
            if (killSwitch.dead()) {
                killSwitch.inDoubt.incrementAndGet(); // posted, answered, and the reference never committed
            }
            killSwitch.check();
            try {
                super.delivered(row, message, shown);
            } catch (Killed inTheTransaction) {
                killSwitch.inDoubt.incrementAndGet(); // killed inside the storing transaction: it rolls back
                throw inTheTransaction;
            }
        }

        @Override
        void done(OutboxRow row) {
            killSwitch.check();
            super.done(row);
        }

        @Override
        void later(OutboxRow row, Instant at, boolean counted) {
            killSwitch.check();
            super.later(row, at, counted);
        }

        @Override
        void hold(OutboxRow row, Instant until) {
            killSwitch.check();
            super.hold(row, until);
        }
    }

    /**
     * A killed instance's HTTP client: no call starts after the kill; a call the platform was
     * serving when the kill came is done there (the post stands) but its answer reaches no one.
     */
    private static final class KillableSender implements OutboundSender {

        private final OutboundSender platform;
        private final KillSwitch killSwitch;

        KillableSender(OutboundSender platform, KillSwitch killSwitch) {
            this.platform = platform;
            this.killSwitch = killSwitch;
        }

        @Override
        public Platform platform() {
            return platform.platform();
        }

        @Override
        public MessageRef send(Outgoing outgoing) {
            killSwitch.check();
            MessageRef posted = platform.send(outgoing);
            if (killSwitch.dead()) {
                killSwitch.inDoubt.incrementAndGet();
                throw new Killed();
            }
            return posted;
        }

        @Override
        public java.util.Optional<MessageRef> findPosted(se.connectbot.core.chat.ConversationRef in, String marker, Instant since) {
            killSwitch.check();
            return platform.findPosted(in, marker, since);
        }
    }

    private int outboxLeft() {
        return jdbc.sql("select count(*) from outage_outbox").query(Integer.class).single();
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * A platform's API as far as its rate is concerned: at most {@code perWindow} posts per window
     * per unit (Slack: channel; Discord: the bot), else 429 with Retry-After; each call takes {@link #LATENCY}.
     */
    private static final class RateLimitedPlatform implements OutboundSender {

        private final Platform platform;
        private final int perWindow;
        private final Duration window;
        private final Map<String, Deque<Instant>> sent = new ConcurrentHashMap<>();
        private final Map<String, AtomicInteger> posts = new ConcurrentHashMap<>();
        private final AtomicInteger refused = new AtomicInteger();
        private final AtomicLong last = new AtomicLong();
        private final Map<String, MessageRef> tagged = new ConcurrentHashMap<>();
        private final AtomicInteger found = new AtomicInteger();

        RateLimitedPlatform(Platform platform, int perWindow, Duration window) {
            this.platform = platform;
            this.perWindow = perWindow;
            this.window = window;
        }

        @Override
        public Platform platform() {
            return platform;
        }

        /** Slack reads its posts back by their metadata; Discord's fake does not (yet). */
        boolean readsBack() {
            return platform == Platform.SLACK;
        }

        int foundInDoubt() {
            return found.get();
        }

        @Override
        public java.util.Optional<MessageRef> findPosted(se.connectbot.core.chat.ConversationRef in, String marker, Instant since) {
            MessageRef posted = readsBack() ? tagged.get(in.channelId() + "/" + marker) : null;
            if (posted != null) {
                found.incrementAndGet();
            }
            return java.util.Optional.ofNullable(posted);
        }

        @Override
        public MessageRef send(Outgoing outgoing) {
            if (outgoing instanceof Outgoing.Update update) {
                // the card a retry found, brought up to date: paced like a post, not counted as one
                throttle(platform == Platform.DISCORD ? update.message().workspaceId() : update.message().conversationId());
                sleep(LATENCY);
                return update.message();
            }
            Outgoing.Post post = (Outgoing.Post) outgoing;
            if (!se.connectbot.coretesting.Replies.text(post.reply()).contains("Fiberavbrott Göteborg")) {
                throw new AssertionError("not the outage's notice: " + se.connectbot.coretesting.Replies.text(post.reply()));
            }
            throttle(platform == Platform.DISCORD ? post.to().workspaceId() : post.to().channelId());
            sleep(LATENCY);
            posts.computeIfAbsent(post.to().channelId(), k -> new AtomicInteger()).incrementAndGet();
            last.accumulateAndGet(System.currentTimeMillis(), Math::max);
            MessageRef ref = new MessageRef(platform, post.to().workspaceId(), post.to().channelId(), "m-" + post.to().channelId());
            if (post.marker() != null) {
                tagged.put(post.to().channelId() + "/" + post.marker(), ref);
            }
            return ref;
        }

        private void throttle(String unit) {
            Deque<Instant> times = sent.computeIfAbsent(unit, k -> new ArrayDeque<>());
            synchronized (times) {
                Instant now = Instant.now();
                while (!times.isEmpty() && !times.peekFirst().isAfter(now.minus(window))) {
                    times.pollFirst();
                }
                if (times.size() >= perWindow) {
                    refused.incrementAndGet();
                    throw OutboundException.rateLimited(Duration.between(now.minus(window), times.peekFirst()), "429");
                }
                times.addLast(now);
            }
        }

        int delivered() {
            return posts.size();
        }

        int duplicates() {
            return posts.values().stream().mapToInt(n -> n.get() - 1).sum();
        }

        int refused() {
            return refused.get();
        }

        Instant last() {
            return Instant.ofEpochMilli(last.get());
        }
    }
}
