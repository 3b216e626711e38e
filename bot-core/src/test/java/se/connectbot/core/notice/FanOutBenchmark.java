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

    @Test
    void slackTenThousandChannels() throws Exception {
        run(Platform.SLACK, (int) (10_000 * SCALE), 1, Duration.ofSeconds(1));
    }

    @Test
    void discordTwoThousandChannelsOfOneBot() throws Exception {
        run(Platform.DISCORD, (int) (2_000 * SCALE), 50, Duration.ofSeconds(1));
    }

    private void run(Platform platform, int channels, int perWindow, Duration window) throws Exception {
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
        NoticeProperties settings = new NoticeProperties(Duration.ofSeconds(30), Duration.ofSeconds(1), Duration.ofMinutes(2), 200, 3,
                Duration.ofHours(1));
        Outbox outbox = new Outbox(jdbc, transactions, Clock.systemUTC());
        List<NoticeDispatcher> instances = List.of(
                new NoticeDispatcher(outbox, store, new Outbound(List.of(fake)), settings, Clock.systemUTC()),
                new NoticeDispatcher(outbox, store, new Outbound(List.of(fake)), settings, Clock.systemUTC()));
        Instant start = Instant.now();
        Instant deadline = start.plus(Duration.ofMinutes(10));
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (NoticeDispatcher instance : instances) {
                running.add(threads.submit(() -> {
                    while (fake.delivered() < channels && Instant.now().isBefore(deadline)) {
                        instance.drain();
                        sleep(Duration.ofMillis(100));
                    }
                    return null;
                }));
            }
            for (Future<?> f : running) {
                f.get();
            }
        } finally {
            threads.shutdownNow();
        }
        Duration took = Duration.between(start, fake.last());
        Duration floor = platform == Platform.DISCORD
                ? window.multipliedBy(channels / perWindow - 1).plus(LATENCY) : LATENCY;
        int lost = channels - fake.delivered();
        System.out.printf("%n| %s | %,d | %,d | %.1f s | %.1f s | %.2f | %d | %d | %,d | %.1f s |%n", platform, channels, rows,
                took.toMillis() / 1000.0, floor.toMillis() / 1000.0, (double) took.toMillis() / floor.toMillis(), fake.duplicates(),
                lost, fake.refused(), pollTime.toMillis() / 1000.0);
        assertThat(rows).as("outbox rows").isEqualTo(channels);
        assertThat(fake.duplicates()).as("duplicates").isZero();
        assertThat(lost).as("lost").isZero();
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

        RateLimitedPlatform(Platform platform, int perWindow, Duration window) {
            this.platform = platform;
            this.perWindow = perWindow;
            this.window = window;
        }

        @Override
        public Platform platform() {
            return platform;
        }

        @Override
        public MessageRef send(Outgoing outgoing) {
            Outgoing.Post post = (Outgoing.Post) outgoing;
            if (!se.connectbot.coretesting.Replies.text(post.reply()).contains("Fiberavbrott Göteborg")) {
                throw new AssertionError("not the outage's notice: " + se.connectbot.coretesting.Replies.text(post.reply()));
            }
            String unit = platform == Platform.DISCORD ? post.to().workspaceId() : post.to().channelId();
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
            sleep(LATENCY);
            posts.computeIfAbsent(post.to().channelId(), k -> new AtomicInteger()).incrementAndGet();
            last.accumulateAndGet(System.currentTimeMillis(), Math::max);
            return new MessageRef(platform, post.to().workspaceId(), post.to().channelId(), "m-" + post.to().channelId());
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
