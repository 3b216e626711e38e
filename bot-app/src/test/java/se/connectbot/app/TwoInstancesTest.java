package se.connectbot.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.kagkarlsson.scheduler.event.ExecutionInterceptor;
import com.github.kagkarlsson.scheduler.task.CompletionHandler;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.connectbot.app.sandbox.RunningSandbox;
import se.connectbot.slack.testing.FakeSlack;
import se.connectbot.slack.testing.SignedRequests;

/**
 * Two instances of the bot behind one (imagined) load balancer: two applications in this JVM on
 * one embedded PostgreSQL (the same data directory), each on its own port, the second using the
 * first one's in-process sandbox portal, Slack faked at the wire. They behave as one bot: a Slack
 * delivery retried to the other instance is answered once, and each scheduled job runs once per
 * period, though both instances schedule it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoInstancesTest {

    /** A thread each, so the requests really overlap (the common pool has one thread on a small machine). */
    private static final java.util.concurrent.Executor AT_ONCE = work -> Thread.ofVirtual().start(work);

    private static final Duration JOB_INTERVAL = Duration.ofSeconds(1);
    private static final List<String> JOBS = List.of("housekeeping", "web-chat-link-cleanup");
    private static final String HELP = "Here is what I can do for you";

    private final List<Run> runs = new CopyOnWriteArrayList<>();
    private final FakeSlack slack = FakeSlack.instance();
    private ConfigurableApplicationContext first;
    private ConfigurableApplicationContext second;
    private SignedRequests toFirst;
    private SignedRequests toSecond;

    /** One execution of a scheduled job, as the instance that ran it saw it. */
    record Run(String instance, String job, Instant started, Instant ended) {
    }

    @BeforeAll
    void startTwoInstances() {
        Path data = dataDirectory();
        first = start("first", data);
        RunningSandbox portal = first.getBean(RunningSandbox.class);
        second = start("second", data,
                "--connectbot.portal.base-url=" + portal.baseUrl(),
                "--connectbot.portal.client-id=" + first.getEnvironment().getRequiredProperty("connectbot.portal.client-id"),
                "--connectbot.portal.client-secret=" + first.getEnvironment().getRequiredProperty("connectbot.portal.client-secret"));
        toFirst = signedTo(first);
        toSecond = signedTo(second);
    }

    @AfterAll
    void stopBoth() {
        for (ConfigurableApplicationContext context : new ConfigurableApplicationContext[] {second, first}) {
            if (context != null) {
                context.close();
            }
        }
    }

    @BeforeEach
    void resetSlack() {
        slack.reset();
    }

    @Test
    void answersASlackDeliveryOnceThoughItIsRetriedToTheOtherInstance() {
        String event = SlackWorkspace.directMessage("Ev" + System.nanoTime(), FakeSlack.BRIT, "help");

        assertThat(toFirst.sendEvent(event, Map.of()).statusCode()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(20)).until(() -> helpAnswers() == 1);
        assertThat(toSecond.sendEvent(event, Map.of("X-Slack-Retry-Num", "1", "X-Slack-Retry-Reason", "http_timeout"))
                .statusCode()).isEqualTo(200);

        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).until(() -> helpAnswers() == 1);
    }

    @Test
    void answersOnceWhenBothInstancesGetTheSameDeliveryAtOnce() {
        String event = SlackWorkspace.directMessage("Ev" + System.nanoTime(), FakeSlack.BRIT, "help");

        CompletableFuture<Integer> one = CompletableFuture.supplyAsync(() -> toFirst.sendEvent(event, Map.of()).statusCode(), AT_ONCE);
        CompletableFuture<Integer> two = CompletableFuture.supplyAsync(() -> toSecond.sendEvent(event,
                Map.of("X-Slack-Retry-Num", "1", "X-Slack-Retry-Reason", "http_timeout")).statusCode(), AT_ONCE);

        assertThat(List.of(one.join(), two.join())).containsOnly(200);
        await().atMost(Duration.ofSeconds(20)).until(() -> helpAnswers() >= 1);
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).until(() -> helpAnswers() == 1);
    }

    @Test
    void runsEachScheduledJobOncePerPeriodAcrossBothInstances() {
        runs.clear();
        Instant from = Instant.now();
        await().atMost(Duration.ofSeconds(20)).until(() -> JOBS.stream().allMatch(job -> runsOf(job).size() >= 4));
        Duration window = Duration.between(from, Instant.now());

        for (String job : JOBS) {
            List<Run> ofJob = runsOf(job);
            for (int i = 1; i < ofJob.size(); i++) {
                Run before = ofJob.get(i - 1);
                Run next = ofJob.get(i);
                assertThat(next.started()).as("%s: %s began at least %s after %s ended", job, next, JOB_INTERVAL, before)
                        .isAfterOrEqualTo(before.ended().plus(JOB_INTERVAL));
            }
            assertThat(ofJob).as("%s in %s", job, window).hasSizeLessThanOrEqualTo((int) (window.toMillis() / JOB_INTERVAL.toMillis()) + 1);
        }
        JdbcClient db = first.getBean(JdbcClient.class);
        assertThat(db.sql("select task_name from scheduled_tasks where task_name in ('housekeeping', 'web-chat-link-cleanup')")
                .query(String.class).list()).as("one row per job, not one per instance").containsExactlyInAnyOrderElementsOf(JOBS);
    }

    private ConfigurableApplicationContext start(String name, Path data, String... more) {
        List<String> args = new ArrayList<>(List.of(
                "--server.port=" + freePort(),
                "--connectbot.sandbox.port=0",
                "--embedded-db.data-directory=" + data,
                "--SLACK_SIGNING_SECRET=" + SlackWorkspace.SIGNING_SECRET,
                "--SLACK_BOT_TOKEN=" + SlackWorkspace.BOT_TOKEN,
                "--SLACK_API_URL=" + slack.apiUrl(),
                "--connectbot.crypto.key=" + WholeBotTest.CRYPTO_KEY,
                "--connectbot.housekeeping.interval=" + JOB_INTERVAL,
                "--connectbot.web-chat.link-cleanup-interval=" + JOB_INTERVAL,
                "--db-scheduler.polling-interval=100ms",
                "--db-scheduler.scheduler-name=" + name,
                "--spring.main.banner-mode=off"));
        args.addAll(List.of(more));
        SpringApplication application = new SpringApplication(ConnectBotApplication.class);
        // a bean, not a scanned class: other tests' contexts scan this package too
        application.addInitializers(context -> context.getBeanFactory().registerSingleton("recordRuns", recorder(name)));
        return application.run(args.toArray(String[]::new));
    }

    /** Notes every run of a scheduled job on this instance. */
    private ExecutionInterceptor recorder(String instance) {
        return (taskInstance, context, chain) -> {
            Instant started = Instant.now();
            CompletionHandler<?> done = chain.proceed(taskInstance, context);
            runs.add(new Run(instance, taskInstance.getTaskName(), started, Instant.now()));
            return done;
        };
    }

    private List<Run> runsOf(String job) {
        return runs.stream().filter(r -> r.job().equals(job)).sorted(Comparator.comparing(Run::started)).toList();
    }

    private long helpAnswers() {
        return slack.calls("chat.postMessage").stream()
                .filter(r -> FakeSlack.form(r).getOrDefault("blocks", "").contains(HELP))
                .count();
    }

    private static SignedRequests signedTo(ConfigurableApplicationContext instance) {
        SignedRequests requests = new SignedRequests(SlackWorkspace.SIGNING_SECRET);
        requests.baseUrl("http://localhost:" + instance.getEnvironment().getRequiredProperty("local.server.port"));
        return requests;
    }

    /** Under target/, shared by both instances (and the sandbox): one embedded server for this test. */
    private static Path dataDirectory() {
        try {
            return Files.createTempDirectory(Files.createDirectories(Path.of("target", "two-instances")), "run")
                    .resolve("pgdata").toAbsolutePath();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
