package se.connectbot.teams.bot;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import se.connectbot.teams.testing.Activities;
import se.connectbot.teams.testing.TeamsWireTest;

/**
 * From an inbound activity to its reply arriving at the connector, at 50 concurrent conversations:
 * each conversation sends a message, waits until the bot's answer reaches the fake connector,
 * then sends the next. Everything real but the engine (scripted) and Microsoft (WireMock): the
 * JWT check, recording the accepted work and claiming the delivery in PostgreSQL, the typing
 * indicator, the connector token, rendering, the POST to the service URL. Not a timed test: it
 * prints and writes {@code target/benchmark-teams-reply.md}. Run with
 * {@code mvn -pl teams-adapter -am verify -Dgroups=benchmark -DexcludedGroups=none -Dtest=ReplyLatencyBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@Tag("benchmark")
class ReplyLatencyBenchmark extends TeamsWireTest {

    private static final int CONVERSATIONS = 50;
    private static final int WARM_UP_PER_CONVERSATION = 5;
    private static final int MEASURED_PER_CONVERSATION = 20;
    private static final Pattern MARKER = Pattern.compile("bench-[a-z]+-\\d+-\\d+");

    private final Map<String, CompletableFuture<Long>> arrivals = new ConcurrentHashMap<>();

    @Test
    void replyLatencyAtFiftyConcurrentConversations() throws Exception {
        microsoft.server().addMockServiceRequestListener((request, response) -> {
            if (request.getUrl().startsWith("/teams/v3/conversations/")) {
                Matcher marker = MARKER.matcher(request.getBodyAsString());
                if (marker.find()) {
                    arrivals.computeIfAbsent(marker.group(), k -> new CompletableFuture<>()).complete(System.nanoTime());
                }
            }
        });
        String token = microsoft.token(microsoft.serviceUrl());
        run("warm", WARM_UP_PER_CONVERSATION, token, false);
        microsoft.server().resetRequests();
        long start = System.nanoTime();
        List<Long> oneTenant = run("onetenant", MEASURED_PER_CONVERSATION, token, false);
        long oneTenantWall = System.nanoTime() - start;
        microsoft.server().resetRequests();
        start = System.nanoTime();
        List<Long> ownTenants = run("owntenants", MEASURED_PER_CONVERSATION, token, true);
        long ownTenantsWall = System.nanoTime() - start;
        String report = report(oneTenant, oneTenantWall, ownTenants, ownTenantsWall);
        System.out.println(report);
        Files.writeString(Path.of("target", "benchmark-teams-reply.md"), report);
    }

    /** @param ownTenants each conversation in a tenant of its own (else all in one, sharing its 50 sends a second) */
    private List<Long> run(String label, int perConversation, String token, boolean ownTenants) throws InterruptedException {
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger failures = new AtomicInteger();
        CountDownLatch done = new CountDownLatch(CONVERSATIONS);
        // a thread each, so the conversations really overlap (the common pool has one thread here)
        ExecutorService conversations = Executors.newFixedThreadPool(CONVERSATIONS);
        for (int c = 0; c < CONVERSATIONS; c++) {
            int conversation = c;
            conversations.execute(() -> {
                try {
                    for (int i = 0; i < perConversation; i++) {
                        String tenant = ownTenants ? "bench-tenant-" + conversation : "tenant-nordkust";
                        long latency = roundTrip("bench-" + label + "-" + conversation + "-" + i, "a:bench-chat-" + conversation, tenant, token);
                        if (latency < 0) {
                            failures.incrementAndGet();
                        } else {
                            latencies.add(latency);
                        }
                    }
                } finally {
                    done.countDown();
                }
            });
        }
        done.await();
        conversations.shutdown();
        if (failures.get() > 0) {
            throw new IllegalStateException(failures.get() + " of the " + label + " messages got no reply");
        }
        return latencies;
    }

    /** Microseconds from sending the activity to its answer reaching the connector; -1 when it did not within 30 s. */
    private long roundTrip(String marker, String chat, String tenant, String token) {
        ObjectNode activity = activities.personal(Activities.ANNA, marker, "sv-SE");
        activity.with("conversation").put("id", chat).put("tenantId", tenant);
        activity.with("channelData").with("tenant").put("id", tenant);
        CompletableFuture<Long> arrived = arrivals.computeIfAbsent(marker, k -> new CompletableFuture<>());
        long start = System.nanoTime();
        if (teams.send(activity, token).statusCode() != 200) {
            return -1;
        }
        try {
            return (arrived.get(30, TimeUnit.SECONDS) - start) / 1000;
        } catch (Exception e) {
            return -1;
        } finally {
            arrivals.remove(marker);
        }
    }

    private static String report(List<Long> oneTenant, long oneTenantWall, List<Long> ownTenants, long ownTenantsWall) {
        return String.format(Locale.ROOT, """
                ## Teams adapter: inbound activity to reply at the connector (%d concurrent conversations)

                | conversations | messages | p50 | p90 | p99 | max | throughput |
                |---|---|---|---|---|---|---|
                %s
                %s

                Loopback, one JVM (bot, embedded PostgreSQL, WireMock as Microsoft); after %d warm-up messages.
                Machine: %d CPUs, Java %s, load average at the end %.1f (shared with other builds).
                """, CONVERSATIONS, row("all in one tenant", oneTenant, oneTenantWall), row("each in its own tenant", ownTenants, ownTenantsWall),
                CONVERSATIONS * WARM_UP_PER_CONVERSATION, Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    private static String row(String name, List<Long> micros, long wallNanos) {
        List<Long> sorted = new ArrayList<>(micros);
        Collections.sort(sorted);
        return String.format(Locale.ROOT, "| %s | %d | %.1f ms | %.1f ms | %.1f ms | %.1f ms | %.0f/s |", name, sorted.size(),
                pct(sorted, 50), pct(sorted, 90), pct(sorted, 99), sorted.get(sorted.size() - 1) / 1000.0, sorted.size() / (wallNanos / 1e9));
    }

    private static double pct(List<Long> sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, index)) / 1000.0;
    }
}
