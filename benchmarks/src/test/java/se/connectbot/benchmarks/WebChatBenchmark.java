package se.connectbot.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import se.connectbot.core.command.PhoneNumbers;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The web chat end to end (issue 3): the demo as {@code java -jar connect-bot.jar} runs it (the
 * bot, the in-process sandbox on its own port, one embedded PostgreSQL), started as a process of
 * its own; simulated browsers sign in through the sandbox's login form and send commands to
 * {@code POST /api/chat/messages} over loopback, one after another and then many at once.
 * The bot runs with its default settings, so its portal caches are the product's (user data
 * 30 s): a few calls in each window reach the portal. Writes {@code target/benchmark-webchat.md}.
 */
@Tag("benchmark")
class WebChatBenchmark {

    static final String COMMAND = "mvn -B -pl benchmarks verify -Dgroups=benchmark -DexcludedGroups=none -Dtest=WebChatBenchmark";

    private static final Clock CLOCK = Clock.systemUTC();
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String CRYPTO_KEY = "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=";
    private static final List<Integer> CLIENTS = List.of(1, 4, 16);
    private static final Pattern SANDBOX_STARTED = Pattern.compile("Sandbox portal started in this process at \\S+ in (\\d+) ms");

    private static Path folder;
    private static JavaProcess bot;
    private static int botPort;
    private static int sandboxPort;
    private static Duration ready;

    @BeforeAll
    static void startTheDemo() throws IOException {
        folder = Settings.freshFolder("webchat");
        Files.createDirectories(folder.resolve("tmp"));
        botPort = FreePort.pick();
        sandboxPort = FreePort.pick();
        bot = JavaProcess.start(Settings.copyOf(Settings.botJar(), folder), Settings.childJvmOptions("-Djava.io.tmpdir=" + folder.resolve("tmp")),
                List.of("--server.port=" + botPort, "--connectbot.sandbox.port=" + sandboxPort,
                        "--embedded-db.data-directory=" + folder.resolve("pgdata"), "--connectbot.crypto.key=" + CRYPTO_KEY),
                folder.resolve("bot.log"), CLOCK);
        ready = bot.awaitHttpOk(URI.create("http://localhost:" + botPort + "/actuator/health/readiness"), Duration.ofMinutes(15));
    }

    @AfterAll
    static void stopTheDemo() {
        if (bot != null) {
            bot.close();
        }
        if (folder != null && !Settings.keepData()) {
            Settings.delete(folder.resolve("pgdata"));
        }
    }

    @Test
    void chatsEndToEnd() {
        MarkdownReport report = MarkdownReport.start(Settings.output().resolve("benchmark-webchat.md"),
                "Web chat end to end: commands per second", COMMAND, CLOCK);
        URI base = URI.create("http://localhost:" + botPort);
        StartupLog log = bot.log();
        report.paragraph("`java -jar " + Settings.botJar().getFileName() + "` (built " + Settings.built(Settings.botJar())
                + ") with its defaults (bot on port " + botPort
                + ", the sandbox in-process on " + sandboxPort + ", default demo data, fresh embedded PostgreSQL data)."
                + " Ready (`/actuator/health/readiness` 200) " + String.format(Locale.ROOT, "%.1f", ready.toMillis() / 1000.0)
                + " s after the spawn; Spring: " + log.started("ConnectBotApplication")
                        .map(s -> s.contextSeconds() + " s (JVM " + s.processSeconds() + " s)").orElse("?")
                + ", of which the sandbox " + log.first(SANDBOX_STARTED).map(m -> m.group(1) + " ms").orElse("?") + ". Memory"
                + " of its JVM (bot and sandbox) when ready: " + bot.memory() + ".");

        List<WebChatSession> sessions = signIn(report, base, CLIENTS.get(CLIENTS.size() - 1));
        Map<String, String> commands = commands();
        List<String> texts = List.copyOf(commands.values());
        Duration warmUp = Settings.scaled(Duration.ofSeconds(30));
        Load.concurrent(4, Duration.ZERO, warmUp, (w, i) -> sessions.get(w).say(texts.get((int) ((i + w) % texts.size()))));
        report.heading("One browser, one command at a time");
        report.paragraph("First " + warmUp.toSeconds() + " s of 4 browsers sending the five commands in turn (the JIT's"
                + " warm-up). Then each command: " + Settings.scaled(50) + " more warm-up messages and " + Settings.scaled(300)
                + " measured. Client-side time: POST sent to the JSON reply read.");
        List<String> headers = new ArrayList<>(List.of("command", "reply bytes"));
        headers.addAll(Load.Result.headers());
        MarkdownReport.Table single = report.table(headers);
        WebChatSession one = sessions.get(0);
        commands.forEach((what, text) -> {
            int bytes = JSON.writeValueAsString(one.say(text)).length();
            Load.Result result = Load.sequential(Settings.scaled(50), Settings.scaled(300), (w, i) -> one.say(text));
            List<String> row = new ArrayList<>(List.of(what + ": `" + text + "`", String.valueOf(bytes)));
            row.addAll(result.cells());
            single.add(row);
        });

        report.heading("Many browsers at once");
        report.paragraph("Each browser a signed-in session of its own (all linked to Anna), sending the five commands in"
                + " turn without pause; " + Settings.scaled(Duration.ofSeconds(3)).toSeconds() + " s warm-up, then "
                + Settings.scaled(Duration.ofSeconds(15)).toSeconds() + " s measured.");
        List<String> concurrentHeaders = new ArrayList<>(List.of("browsers"));
        concurrentHeaders.addAll(Load.Result.headers());
        MarkdownReport.Table concurrent = report.table(concurrentHeaders);
        for (int clients : CLIENTS) {
            Load.Result result = Load.concurrent(clients, Settings.scaled(Duration.ofSeconds(3)), Settings.scaled(Duration.ofSeconds(15)),
                    (w, i) -> sessions.get(w).say(texts.get((int) ((i + w) % texts.size()))));
            List<String> row = new ArrayList<>(List.of(String.valueOf(clients)));
            row.addAll(result.cells());
            concurrent.add(row);
            if (result.firstError() != null) {
                report.paragraph("First error with " + clients + " browsers: " + result.firstError());
            }
        }
        report.paragraph("Memory of the JVM (bot and sandbox) after the load: " + bot.memory() + ".");
        report.finish(CLOCK);
    }

    private static List<WebChatSession> signIn(MarkdownReport report, URI base, int count) {
        List<WebChatSession> sessions = new ArrayList<>();
        Samples signIns = new Samples();
        for (int i = 0; i < count; i++) {
            WebChatSession session = new WebChatSession(base);
            long start = System.nanoTime();
            session.signIn(PortalSignIns.ANNA);
            signIns.add(System.nanoTime() - start);
            sessions.add(session);
        }
        Samples.Summary summary = signIns.summary(0);
        report.paragraph(count + " browsers signed in one after another (chat session, \"Logga in\", the sandbox's login"
                + " form, the code flow, the bot's callback exchanging the code and storing the encrypted link): p50 "
                + Samples.Summary.ms(summary.p50Ms()) + " ms, max " + Samples.Summary.ms(summary.maxMs()) + " ms.");
        return sessions;
    }

    /** The five commands; the mobile's number is one Anna sees, looked up through the portal API with her token. */
    private static Map<String, String> commands() {
        URI sandbox = URI.create("http://localhost:" + sandboxPort);
        String token = PortalSignIns.accessToken(sandbox, PortalSignIns.ANNA, URI.create("http://localhost:" + botPort + "/oauth/callback"));
        String mobile = JSON.readTree(get(sandbox.resolve("/api/v1/services?kind=MOBILE&size=1"), token))
                .path("items").path(0).path("phoneNumber").asString();
        Map<String, String> commands = new LinkedHashMap<>();
        commands.put("overview", "översikt");
        commands.put("status of a mobile", "status " + PhoneNumbers.display(mobile));
        commands.put("invoices", "fakturor");
        commands.put("help", "hjälp");
        commands.put("unknown command", "xyzzy");
        return commands;
    }

    private static String get(URI uri, String token) {
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri)
                    .header("Authorization", "Bearer " + token).header("Accept", "application/json").GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(uri + " answered " + response.statusCode() + ": " + response.body());
            }
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
