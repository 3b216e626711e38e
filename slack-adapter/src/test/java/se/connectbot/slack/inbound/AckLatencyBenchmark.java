package se.connectbot.slack.inbound;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import se.connectbot.slack.testing.FakeSlack;
import se.connectbot.slack.testing.SignedRequests;
import se.connectbot.slack.testing.SlackWireTest;

/**
 * Acknowledgement latency of signed slash commands at 50 concurrent senders: our endpoint
 * (Bolt, listener, hand-off to the workers, which then run the core and post the answer) beside a
 * bare Bolt app that only acknowledges, on the same Tomcat, in the same run. Not a timed test:
 * it prints and writes {@code target/benchmark-slack-ack.md}. Run with
 * {@code mvn -pl slack-adapter test -Dgroups=benchmark -DexcludedGroups=none -Dtest=AckLatencyBenchmark}.
 */
@Tag("benchmark")
@Import(AckLatencyBenchmark.BareBolt.class)
class AckLatencyBenchmark extends SlackWireTest {

    private static final int SENDERS = 50;
    private static final int WARM_UP_PER_SENDER = 20;
    private static final int MEASURED_PER_SENDER = 40;
    private static final int ROUNDS = 2;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .executor(Executors.newFixedThreadPool(8)).build();

    @Test
    void acknowledgementLatencyOfOursBesideABareBoltApp() throws Exception {
        String base = "http://localhost:" + port;
        slack.server().stubFor(com.github.tomakehurst.wiremock.client.WireMock.post(
                        com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching("/hooks/.*"))
                .willReturn(com.github.tomakehurst.wiremock.client.WireMock.aResponse().withStatus(200)));
        run(base + "/slack/events", WARM_UP_PER_SENDER, "warm-ours");
        run(base + "/bare/slack/events", WARM_UP_PER_SENDER, "warm-bare");
        List<Long> ours = new ArrayList<>();
        List<Long> bare = new ArrayList<>();
        long oursNanos = 0;
        long bareNanos = 0;
        for (int round = 0; round < ROUNDS; round++) {
            long start = System.nanoTime();
            bare.addAll(run(base + "/bare/slack/events", MEASURED_PER_SENDER, "bare-" + round));
            bareNanos += System.nanoTime() - start;
            slack.server().resetRequests();
            start = System.nanoTime();
            ours.addAll(run(base + "/slack/events", MEASURED_PER_SENDER, "ours-" + round));
            oursNanos += System.nanoTime() - start;
            slack.server().resetRequests();
        }
        String report = report(ours, oursNanos, bare, bareNanos);
        System.out.println(report);
        Files.writeString(Path.of("target", "benchmark-slack-ack.md"), report);
    }

    /** Each sender sends its commands one after another; returns every latency in microseconds. */
    private List<Long> run(String url, int perSender, String label) throws InterruptedException {
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger failures = new AtomicInteger();
        CountDownLatch done = new CountDownLatch(SENDERS);
        ExecutorService senders = Executors.newFixedThreadPool(SENDERS);
        for (int s = 0; s < SENDERS; s++) {
            int sender = s;
            senders.execute(() -> {
                try {
                    for (int i = 0; i < perSender; i++) {
                        long micros = send(url, label + "-" + sender + "-" + i);
                        if (micros < 0) {
                            failures.incrementAndGet();
                        } else {
                            latencies.add(micros);
                        }
                    }
                } finally {
                    done.countDown();
                }
            });
        }
        done.await();
        senders.shutdown();
        if (failures.get() > 0) {
            throw new IllegalStateException(failures.get() + " requests to " + url + " failed");
        }
        return latencies;
    }

    private long send(String url, String trigger) {
        String body = SignedRequests.form(SignedRequests.slashCommand(FakeSlack.TEAM, "C0BENCH", FakeSlack.SWEDE,
                "status 0701234567", trigger, slack.responseUrl("bench")));
        long ts = Instant.now().getEpochSecond();
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-Slack-Request-Timestamp", Long.toString(ts))
                .header("X-Slack-Signature", requests.sign(ts, body))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
        long start = System.nanoTime();
        try {
            HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
            long micros = (System.nanoTime() - start) / 1000;
            return response.statusCode() == 200 ? micros : -1;
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private static String report(List<Long> ours, long oursNanos, List<Long> bare, long bareNanos) {
        return String.format(Locale.ROOT, """
                ## Slack adapter: acknowledgement latency (signed slash commands, %d concurrent senders)

                | endpoint | requests | p50 | p90 | p99 | max | throughput |
                |---|---|---|---|---|---|---|
                %s
                %s

                Same JVM and Tomcat, loopback; %d rounds alternating, after %d warm-up requests each.
                "ours" acknowledges and hands the command to the workers, which meanwhile look up the
                locale (cached), claim the delivery in PostgreSQL, run a scripted core and post the
                answer to a fake response_url; "bare Bolt" only acknowledges.
                Machine: %d CPUs, Java %s, load average at the end %.1f (shared with other builds).
                """, SENDERS, row("ours (/slack/events)", ours, oursNanos), row("bare Bolt, ack only", bare, bareNanos),
                ROUNDS, SENDERS * WARM_UP_PER_SENDER, Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    private static String row(String name, List<Long> micros, long wallNanos) {
        List<Long> sorted = new ArrayList<>(micros);
        Collections.sort(sorted);
        return String.format(Locale.ROOT, "| %s | %d | %.1f ms | %.1f ms | %.1f ms | %.1f ms | %.0f/s |", name, sorted.size(),
                pct(sorted, 50), pct(sorted, 90), pct(sorted, 99), sorted.get(sorted.size() - 1) / 1000.0,
                sorted.size() / (wallNanos / 1e9));
    }

    private static double pct(List<Long> sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, index)) / 1000.0;
    }

    /** A Bolt app that only acknowledges, behind the same kind of raw-body controller. */
    @TestConfiguration(proxyBeanMethods = false)
    static class BareBolt {
        @Bean
        BareController bareController() {
            SlackConfig config = new SlackConfig();
            config.setMethodsEndpointUrlPrefix(FakeSlack.instance().apiUrl());
            App app = new App(AppConfig.builder().signingSecret(SECRET).singleTeamBotToken("xoxb-bare")
                    .slack(Slack.getInstance(config)).build());
            app.command("/connect", (req, ctx) -> ctx.ack());
            return new BareController(app);
        }
    }

    @RestController
    static class BareController {
        private final SlackEventsController delegate;

        BareController(App app) {
            this.delegate = new SlackEventsController(app, java.time.Clock.systemUTC(),
                    se.connectbot.slack.deliver.ResponseUrls.of(java.util.List.of(), "http://localhost/"));
        }

        @PostMapping("/bare/slack/events")
        ResponseEntity<String> events(HttpServletRequest request) throws IOException {
            return delegate.events(request);
        }
    }
}
