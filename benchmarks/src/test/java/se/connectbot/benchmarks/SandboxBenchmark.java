package se.connectbot.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The sandbox portal (issue 2): its start time as {@code java -jar} on a fresh data directory and
 * on data already there, and the time of a services list page as Anna (Administratör of the
 * largest customer, signed in through the real login form) at the default and the large data
 * size: the first page, the deepest page, a free-text search and a phone-number filter,
 * sequentially and from 4 clients at once. Writes {@code target/benchmark-sandbox-<size>.md}.
 */
@Tag("benchmark")
class SandboxBenchmark {

    static final String COMMAND = "mvn -B -pl benchmarks verify -Dgroups=benchmark -DexcludedGroups=none -Dtest=SandboxBenchmark";

    private static final Clock CLOCK = Clock.systemUTC();
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration START_TIMEOUT = Duration.ofMinutes(15);
    private static final Duration TOKEN_AGE = Duration.ofMinutes(5);

    private static final Pattern STARTING = Pattern.compile("Starting SandboxApplication");
    private static final Pattern WEB_SERVER = Pattern.compile("Tomcat initialized with port");
    private static final Pattern DATABASE_UP = Pattern.compile("Embedded PostgreSQL started on port (\\d+)");
    private static final Pattern MIGRATED = Pattern.compile("Successfully applied \\d+ migrations|Schema \\S+ is up to date");
    private static final Pattern JPA_READY = Pattern.compile("Initialized JPA EntityManagerFactory");
    private static final Pattern DEMO_DATA = Pattern.compile("Demo data (loaded|already present)");
    private static final Pattern DEMO_LOADED = Pattern.compile(
            "Demo data loaded: (\\d+) services, (\\d+) invoices, (\\d+) orders, (\\d+) tickets \\(generated in (\\d+) ms, written in (\\d+) ms\\)");
    private static final Pattern STARTED = Pattern.compile("Started SandboxApplication");

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    /**
     * The changes proposed to the sandbox's owner, tried on the benchmark's own throw-away
     * database after the measurement without them (the sandbox's migrations stay as they are):
     * an index for the default sort, one for the count within the user's accounts, and custom
     * plans for every execution (after five executions of a prepared statement PostgreSQL may
     * switch to a generic plan, which cannot see that {@code path like $1} matches a third of
     * the accounts, and sorts them all instead of walking the name index).
     */
    static final List<String> CANDIDATE_CHANGES = List.of(
            "create index if not exists bench_service_name_id on service (name, id)",
            "create index if not exists bench_service_account_status on service (account_id, status)",
            "alter database sandbox set plan_cache_mode = force_custom_plan");

    @Test
    void defaultSize() {
        run("default", List.of(), Settings.scaled(3), Settings.scaled(3), "the default demo data (about 400 services)", false);
    }

    @Test
    void largeSize() {
        int services = Settings.largeServices();
        String setting = services == 100_000 ? "--sandbox.demo.size=large" : "--sandbox.demo.services=" + services;
        run("large", List.of(setting), 1, Settings.scaled(2), "large demo data (`" + setting + "`)", true);
    }

    private void run(String size, List<String> sizeArguments, int freshStarts, int restarts, String what, boolean tryChanges) {
        Path folder = Settings.freshFolder("sandbox-" + size);
        Path jar = Settings.copyOf(Settings.sandboxJar(), folder);
        MarkdownReport report = MarkdownReport.start(Settings.output().resolve("benchmark-sandbox-" + size + ".md"),
                "Sandbox portal: start time and services list, " + size + " data", COMMAND + "#" + size + "Size", CLOCK);
        report.paragraph("The sandbox as `java -jar " + jar.getFileName() + "` (built " + Settings.built(jar) + ") with " + what
                + ", its embedded PostgreSQL keeping data in a folder of its own. Times of the start are from the process"
                + " spawn; \"HTTP 200\" is the first answer of `GET /login`, polled every 50 ms.");
        try (Sandbox sandbox = measureStarts(report.table(startHeaders()), jar, folder, sizeArguments, freshStarts, restarts)) {
            report.paragraph("Memory of the sandbox's JVM after the last start: " + sandbox.process().memory() + ".");
            report.heading("Services list as " + PortalSignIns.ANNA);
            servicePages(report, sandbox.base());
            if (tryChanges) {
                report.heading("The same with the proposed changes (made to this run's own database only)");
                report.paragraph("`" + String.join(";` `", CANDIDATE_CHANGES) + ";` then `vacuum analyze service`,"
                        + " and the sandbox's connections closed so that its pool opens new ones with the setting.");
                tryChanges(sandbox);
                servicePages(report, sandbox.base());
            }
            report.paragraph("Memory of the sandbox's JVM after the requests: " + sandbox.process().memory() + ".");
        } finally {
            if (!Settings.keepData()) {
                for (int i = 1; i <= freshStarts; i++) {
                    Settings.delete(folder.resolve("pgdata-" + i));
                }
            }
        }
        report.finish(CLOCK);
    }

    /**
     * Starts the sandbox {@code freshStarts} times on new data folders, then {@code restarts}
     * times on the last one, each stopped before the next; the last start is left running.
     */
    private static Sandbox measureStarts(MarkdownReport.Table starts, Path jar, Path folder, List<String> sizeArguments,
                                         int freshStarts, int restarts) {
        Path data = folder.resolve("pgdata-1");
        for (int i = 1; ; i++) {
            boolean fresh = i <= freshStarts;
            if (fresh) {
                data = folder.resolve("pgdata-" + i);
            }
            String kind = fresh ? (i == 1 ? "fresh data, PostgreSQL binaries unpacked" : "fresh data") : "data already there";
            Sandbox sandbox = startSandbox(jar, folder, data, sizeArguments, folder.resolve("start-" + i + ".log"));
            try {
                starts.add(startRow(i, kind, sandbox));
            } catch (RuntimeException e) {
                sandbox.close();
                throw e;
            }
            if (i == freshStarts + restarts) {
                return sandbox;
            }
            sandbox.close();
        }
    }

    private static Sandbox startSandbox(Path jar, Path folder, Path data, List<String> sizeArguments, Path log) {
        int port = FreePort.pick();
        List<String> arguments = new ArrayList<>(List.of("--server.port=" + port, "--embedded-db.data-directory=" + data));
        arguments.addAll(sizeArguments);
        try {
            Files.createDirectories(folder.resolve("tmp"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> jvmOptions = Settings.childJvmOptions("-Djava.io.tmpdir=" + folder.resolve("tmp"));
        return new Sandbox(JavaProcess.start(jar, jvmOptions, arguments, log, CLOCK), port, data);
    }

    /**
     * Makes {@link #CANDIDATE_CHANGES} through the sandbox's embedded PostgreSQL: its port is in
     * the log, its password in the file beside its data directory.
     */
    private static void tryChanges(Sandbox sandbox) {
        String port = sandbox.process().log().first(DATABASE_UP).orElseThrow().group(1);
        String password;
        try {
            password = Files.readString(sandbox.data().resolveSibling(sandbox.data().getFileName() + ".password")).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (java.sql.Connection connection = java.sql.DriverManager.getConnection(
                "jdbc:postgresql://127.0.0.1:" + port + "/sandbox", "postgres", password);
             java.sql.Statement statement = connection.createStatement()) {
            for (String sql : CANDIDATE_CHANGES) {
                statement.execute(sql);
            }
            statement.execute("vacuum analyze service");
            statement.execute("select pg_terminate_backend(pid) from pg_stat_activity where datname = 'sandbox' and pid <> pg_backend_pid()");
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("could not make the candidate changes", e);
        }
    }

    private static List<String> startHeaders() {
        return List.of("#", "start", "HTTP 200 s", "Spring: started s (JVM s)", "JVM+Boot s", "Tomcat s", "DB up s", "migrated s",
                "JPA s", "demo data s", "started s", "demo data generated / written ms");
    }

    private static List<String> startRow(int i, String kind, Sandbox sandbox) {
        Duration ready = sandbox.process().awaitHttpOk(sandbox.base().resolve("/login"), START_TIMEOUT);
        StartupLog log = sandbox.process().log();
        Instant spawned = sandbox.process().spawnedAt();
        String spring = log.started("SandboxApplication")
                .map(s -> seconds(s.contextSeconds()) + " (" + seconds(s.processSeconds()) + ")").orElse("?");
        String generated = log.first(DEMO_LOADED).map(m -> m.group(1) + " services: " + m.group(5) + " / " + m.group(6))
                .orElse("(none: data there)");
        return List.of(String.valueOf(i), kind, seconds(ready), spring, at(log, spawned, STARTING), at(log, spawned, WEB_SERVER),
                at(log, spawned, DATABASE_UP),
                at(log, spawned, MIGRATED), at(log, spawned, JPA_READY), at(log, spawned, DEMO_DATA), at(log, spawned, STARTED), generated);
    }

    private void servicePages(MarkdownReport report, URI base) {
        Token token = new Token(base);
        JsonNode all = get(base, token, "/api/v1/services?size=100");
        long total = all.path("totalItems").asLong();
        long lastPage = Math.max(0, (total - 1) / 20);
        String city = city(all).orElse("Göteborg");
        String phone = get(base, token, "/api/v1/services?kind=MOBILE&size=1").path("items").path(0).path("phoneNumber").asString();
        List<Query> queries = List.of(
                new Query("first page", "/api/v1/services?page=0&size=20"),
                new Query("deepest page (page " + lastPage + ")", "/api/v1/services?page=" + lastPage + "&size=20"),
                new Query("free text q=" + city, "/api/v1/services?q=" + encode(city) + "&size=20"),
                new Query("phone number filter " + phone, "/api/v1/services?phoneNumber=" + encode(phone) + "&size=20"));
        int warmUp = Settings.scaled(50);
        for (int i = 0; i < warmUp; i++) {
            for (Query query : queries) {
                get(base, token, query.path());
            }
        }
        report.paragraph("Anna sees " + total + " active services. First " + warmUp + " rounds of the four queries (the"
                + " JIT's warm-up); then each query: " + Settings.scaled(30) + " more warm-up requests and "
                + Settings.scaled(200) + " measured one after another (one client, keep-alive), over loopback with a real"
                + " bearer token (JWT checked on every request). Client-side time: request sent to body read.");
        List<String> headers = new ArrayList<>(List.of("query", "matches"));
        headers.addAll(Load.Result.headers());
        MarkdownReport.Table rows = report.table(headers);
        for (Query query : queries) {
            token.renewIfOld();
            long matches = get(base, token, query.path()).path("totalItems").asLong();
            Load.Result result = Load.sequential(Settings.scaled(30), Settings.scaled(200), (w, i) -> get(base, token, query.path()));
            rows.add(row(query.what(), String.valueOf(matches), result));
        }
        token.renewIfOld();
        Load.Result concurrent = Load.concurrent(4, Settings.scaled(Duration.ofSeconds(3)), Settings.scaled(Duration.ofSeconds(15)),
                (w, i) -> get(base, token, queries.get(0).path()));
        rows.add(row("first page, 4 clients at once (" + Settings.scaled(Duration.ofSeconds(15)).toSeconds() + " s)", "", concurrent));
    }

    private static List<String> row(String what, String matches, Load.Result result) {
        List<String> row = new ArrayList<>(List.of(what, matches));
        row.addAll(result.cells());
        return row;
    }

    /** The city of the first service with an address ("Storgatan 1, 123 45 Göteborg"). */
    private static Optional<String> city(JsonNode page) {
        for (JsonNode item : page.path("items")) {
            String address = item.path("address").asString("");
            Matcher matcher = Pattern.compile("\\d{3} ?\\d{2} (.+)$").matcher(address);
            if (matcher.find()) {
                return Optional.of(matcher.group(1));
            }
        }
        return Optional.empty();
    }

    private JsonNode get(URI base, Token token, String path) {
        HttpRequest request = HttpRequest.newBuilder(base.resolve(path)).header("Authorization", "Bearer " + token.value())
                .header("Accept", "application/json").timeout(Duration.ofSeconds(30)).GET().build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("GET " + path + " answered " + response.statusCode() + ": " + response.body());
            }
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String at(StartupLog log, Instant spawned, Pattern pattern) {
        return log.since(spawned, pattern).map(SandboxBenchmark::seconds).orElse("–");
    }

    private static String seconds(Duration duration) {
        return seconds(duration.toMillis() / 1000.0);
    }

    private static String seconds(double seconds) {
        return String.format(Locale.ROOT, "%.1f", seconds);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private record Query(String what, String path) {
    }

    private record Sandbox(JavaProcess process, int port, Path data) implements AutoCloseable {

        URI base() {
            return URI.create("http://localhost:" + port);
        }

        @Override
        public void close() {
            process.close();
        }
    }

    /**
     * Anna's access token. Tokens live 10 minutes: renewed (a new sign-in) between measured
     * batches when older than 5, never inside one.
     */
    private static final class Token {

        private final URI base;
        private volatile String value;
        private volatile long gotAt;

        Token(URI base) {
            this.base = base;
            this.value = signIn();
        }

        void renewIfOld() {
            if (System.nanoTime() - gotAt > TOKEN_AGE.toNanos()) {
                value = signIn();
            }
        }

        String value() {
            return value;
        }

        private String signIn() {
            gotAt = System.nanoTime();
            return PortalSignIns.accessToken(base, PortalSignIns.ANNA, PortalSignIns.DEFAULT_REDIRECT);
        }
    }
}
