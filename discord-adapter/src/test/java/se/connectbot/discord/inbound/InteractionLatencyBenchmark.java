package se.connectbot.discord.inbound;

import com.github.tomakehurst.wiremock.http.Request;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.dv8tion.jda.api.utils.data.DataObject;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import se.connectbot.discord.testing.DiscordWireTest;
import se.connectbot.discord.testing.Interactions;
import se.connectbot.discord.testing.Interactions.Person;

/**
 * From an interaction pushed on the gateway to the deferred acknowledgement reaching Discord, and
 * to the final edit of the deferred reply reaching it, at 50 concurrent users (each waits for its
 * answer before the next command). Real JDA, the core's dispatch on PostgreSQL, a scripted core
 * that answers at once; Discord faked at the wire, times taken where the fake receives the calls.
 * Not a timed test: prints and writes {@code target/benchmark-discord.md}. Run with
 * {@code mvn -pl discord-adapter test -Dgroups=benchmark -DexcludedGroups=none -Dtest=InteractionLatencyBenchmark}.
 */
@Tag("benchmark")
class InteractionLatencyBenchmark extends DiscordWireTest {

    private static final int USERS = 50;
    private static final int WARM_UP_PER_USER = 10;
    private static final int MEASURED_PER_USER = 40;
    private static final Pattern CALLBACK = Pattern.compile("/interactions/\\d+/([^/]+)/callback");
    private static final Pattern EDIT = Pattern.compile("/webhooks/\\d+/([^/]+)/messages/@original");

    private final Map<String, Long> acked = new ConcurrentHashMap<>();
    private final Map<String, CompletableFuture<Long>> answered = new ConcurrentHashMap<>();

    @Test
    void interactionToAcknowledgementAndToFinalEdit() throws Exception {
        discord.rest().addMockServiceRequestListener((request, response) -> arrived(request));
        run(WARM_UP_PER_USER, new ArrayList<>(), new ArrayList<>());
        List<Long> ack = Collections.synchronizedList(new ArrayList<>());
        List<Long> edit = Collections.synchronizedList(new ArrayList<>());
        long start = System.nanoTime();
        run(MEASURED_PER_USER, ack, edit);
        double seconds = (System.nanoTime() - start) / 1e9;
        String report = report(ack, edit, seconds);
        System.out.println(report);
        Files.writeString(Path.of("target", "benchmark-discord.md"), report);
    }

    private void arrived(Request request) {
        long now = System.nanoTime();
        Matcher callback = CALLBACK.matcher(request.getUrl());
        if (callback.find()) {
            acked.put(callback.group(1), now);
            return;
        }
        Matcher edit = EDIT.matcher(request.getUrl());
        if (edit.find() && request.getBodyAsString().contains("echo")) {
            answered.computeIfAbsent(edit.group(1), t -> new CompletableFuture<>()).complete(now);
        }
    }

    private void run(int perUser, List<Long> ack, List<Long> edit) throws InterruptedException {
        List<Thread> users = new ArrayList<>();
        for (int u = 0; u < USERS; u++) {
            Person person = Person.english(Long.toString(4_000_000_000_000_000_000L + u));
            users.add(Thread.ofVirtual().start(() -> {
                for (int i = 0; i < perUser; i++) {
                    DataObject interaction = Interactions.slash(person, "status", "service", "0701234567");
                    String token = interaction.getString("token");
                    CompletableFuture<Long> answer = answered.computeIfAbsent(token, t -> new CompletableFuture<>());
                    long sent = System.nanoTime();
                    push(interaction);
                    try {
                        long done = answer.get(30, TimeUnit.SECONDS);
                        edit.add(done - sent);
                        Long ackAt = acked.get(token);
                        if (ackAt != null) {
                            ack.add(ackAt - sent);
                        }
                    } catch (Exception e) {
                        throw new IllegalStateException("no answer to " + token, e);
                    } finally {
                        answered.remove(token);
                        acked.remove(token);
                    }
                }
            }));
        }
        for (Thread user : users) {
            user.join();
        }
    }

    private static String report(List<Long> ack, List<Long> edit, double seconds) {
        return String.format(Locale.ROOT, """
                ## Discord: interaction to acknowledgement and to final edit

                | measured | interactions | p50 | p90 | p99 | max |
                |---|---|---|---|---|---|
                | to the deferred acknowledgement | %d | %s | %s | %s | %s |
                | to the final edit of the reply | %d | %s | %s | %s | %s |

                %d concurrent users, %d interactions each after %d warm-up each; %.0f interactions/s.
                Machine: %d CPUs, Java %s, load average at the end %.1f; %s.
                """, ack.size(), ms(ack, 50), ms(ack, 90), ms(ack, 99), ms(ack, 100),
                edit.size(), ms(edit, 50), ms(edit, 90), ms(edit, 99), ms(edit, 100),
                USERS, MEASURED_PER_USER, WARM_UP_PER_USER, edit.size() / seconds,
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), Instant.now());
    }

    /** Nearest-rank percentile, in milliseconds. */
    private static String ms(List<Long> nanos, int percentile) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        if (sorted.isEmpty()) {
            return "–";
        }
        int rank = Math.max(1, (int) Math.ceil(percentile / 100.0 * sorted.size()));
        return String.format(Locale.ROOT, "%.1f ms", sorted.get(rank - 1) / 1e6);
    }
}
