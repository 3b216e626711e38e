package se.connectbot.benchmarks;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import se.connectbot.core.chat.BotEngine;
import se.connectbot.core.chat.ChatUser;
import se.connectbot.core.chat.ConversationRef;
import se.connectbot.core.chat.Inbound;
import se.connectbot.core.chat.Platform;
import se.connectbot.core.command.PhoneNumbers;
import se.connectbot.core.linking.AccountLinking;
import se.connectbot.core.linking.LinkOutcome;
import se.connectbot.core.portal.PortalProperties;
import se.connectbot.core.reply.Block;
import se.connectbot.core.reply.Reply;
import se.connectbot.coretesting.Replies;
import se.connectbot.coretesting.SandboxBotApplication;
import se.connectbot.coretesting.SandboxPortal;
import se.connectbot.coretesting.SandboxSignIn;
import se.connectbot.portal.api.PortalApi;
import se.connectbot.portal.api.ServiceKind;
import se.connectbot.portal.api.ServiceQuery;
import se.connectbot.portal.client.PortalClientConfig;

/**
 * The core in-process (issue 3): {@link BotEngine#handle} called directly, as an adapter calls
 * it, for chat users linked to Anna at the real sandbox (started in this JVM). With the portal
 * client's caches long enough that every portal answer comes from the cache, this measures the
 * core itself: delivery de-duplication in PostgreSQL, language, parsing, rights, rendering. For
 * comparison the same commands with the caches off (each one a round trip to the sandbox).
 * Writes {@code target/benchmark-engine.md}.
 */
@Tag("benchmark")
class EngineBenchmark {

    static final String COMMAND = "mvn -B -pl benchmarks verify -Dgroups=benchmark -DexcludedGroups=none -Dtest=EngineBenchmark";

    private static final Clock CLOCK = Clock.systemUTC();
    private static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");
    private static final String CRYPTO_KEY = "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=";
    private static final List<Integer> THREADS = List.of(1, 2, 4, 8);

    private static SandboxPortal sandbox;

    @BeforeAll
    static void startSandbox() {
        sandbox = SandboxPortal.start("bench_engine_sandbox");
    }

    @AfterAll
    static void stopSandbox() {
        if (sandbox != null) {
            sandbox.close();
        }
    }

    @Test
    void commandsPerSecondInProcess() {
        MarkdownReport report = MarkdownReport.start(Settings.output().resolve("benchmark-engine.md"),
                "Core in-process: commands per second", COMMAND, CLOCK);
        report.paragraph("`BotEngine.handle` called directly with Swedish text commands, for web-chat users linked to"
                + " anna.admin@nordkust.se at the sandbox (in this JVM, default data). The core's own PostgreSQL"
                + " (embedded, in this JVM's server) records every delivery, as in production. Every call is a new"
                + " delivery (a new id); a reply that is an error fails the run.");
        try (ConfigurableApplicationContext bot = bot("bench_engine_cached", LongCaches.class)) {
            Bench bench = new Bench(bot, THREADS.get(THREADS.size() - 1));
            report.heading("Portal answers from the cache (one-hour cache lifetimes, warmed)");
            warmUp(bench, Settings.scaled(5000));
            report.paragraph("First " + Settings.scaled(5000) + " calls of the five commands in turn (the JIT's warm-up,"
                    + " and every portal answer into the cache). Then each command: " + Settings.scaled(300)
                    + " more warm-up calls and " + Settings.scaled(3000) + " measured, one thread.");
            try (Profile profile = Profile.startIfAsked(Settings.output().resolve("engine-cached.jfr"))) {
                single(report, bench, Settings.scaled(300), Settings.scaled(3000));
            }
            databaseWork(report, bench, new JdbcTemplate(bot.getBean(DataSource.class)), Settings.scaled(200));
            report.paragraph("All five commands in turn from several threads at once, each thread its own chat user;"
                    + " " + Settings.scaled(Duration.ofSeconds(3)).toSeconds() + " s warm-up, then "
                    + Settings.scaled(Duration.ofSeconds(10)).toSeconds() + " s measured.");
            concurrent(report, bench);
        }
        try (ConfigurableApplicationContext bot = bot("bench_engine_uncached", NoCaches.class)) {
            Bench bench = new Bench(bot, 1);
            report.heading("For comparison: no cache (every portal answer over HTTP from the sandbox in this JVM)");
            single(report, bench, Settings.scaled(50), Settings.scaled(300));
        }
        report.finish(CLOCK);
    }

    private static void warmUp(Bench bench, int calls) {
        List<String> texts = List.copyOf(bench.commands().values());
        for (int i = 0; i < calls; i++) {
            bench.handle(bench.chats().get(0), texts.get(i % texts.size()));
        }
    }

    private static void single(MarkdownReport report, Bench bench, int warmUp, int measured) {
        List<String> headers = new ArrayList<>(List.of("command", "reply begins"));
        headers.addAll(Load.Result.headers());
        MarkdownReport.Table table = report.table(headers);
        Chat chat = bench.chats().get(0);
        bench.commands().forEach((what, text) -> {
            String sample = bench.check(what, chat, text);
            Load.Result result = Load.sequential(warmUp, measured, (w, i) -> bench.handle(chat, text));
            List<String> row = new ArrayList<>(List.of(what + ": `" + text + "`", sample));
            row.addAll(result.cells());
            table.add(row);
        });
    }

    /**
     * What one command costs the core's PostgreSQL, from its statistics views: transactions,
     * table scans started (each a query's visit to a table, by index or sequentially) and rows
     * written. PostgreSQL publishes a backend's counters at most once a second, or when it has
     * been idle for ten, hence the pauses.
     */
    private static void databaseWork(MarkdownReport report, Bench bench, JdbcTemplate jdbc, int calls) {
        report.paragraph("PostgreSQL work of one command (the core's database; counters of `pg_stat_database` and"
                + " `pg_stat_user_tables` over " + calls + " calls each):");
        MarkdownReport.Table table = report.table(List.of("command", "transactions", "table scans", "rows inserted",
                "rows updated", "rows deleted"));
        Chat chat = bench.chats().get(0);
        DatabaseCounters before = DatabaseCounters.read(jdbc);
        for (Map.Entry<String, String> command : bench.commands().entrySet()) {
            for (int i = 0; i < calls; i++) {
                bench.handle(chat, command.getValue());
            }
            DatabaseCounters after = DatabaseCounters.read(jdbc);
            table.add(after.minus(before).per(command.getKey() + ": `" + command.getValue() + "`", calls));
            before = after;
        }
    }

    private record DatabaseCounters(long transactions, long scans, long inserted, long updated, long deleted) {

        static DatabaseCounters read(JdbcTemplate jdbc) {
            try {
                Thread.sleep(11_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            Long transactions = jdbc.queryForObject(
                    "select xact_commit + xact_rollback from pg_stat_database where datname = current_database()", Long.class);
            return jdbc.queryForObject("select coalesce(sum(coalesce(seq_scan, 0) + coalesce(idx_scan, 0)), 0),"
                    + " coalesce(sum(n_tup_ins), 0), coalesce(sum(n_tup_upd), 0), coalesce(sum(n_tup_del), 0) from pg_stat_user_tables",
                    (rs, n) -> new DatabaseCounters(Objects.requireNonNull(transactions), rs.getLong(1), rs.getLong(2),
                            rs.getLong(3), rs.getLong(4)));
        }

        DatabaseCounters minus(DatabaseCounters earlier) {
            return new DatabaseCounters(transactions - earlier.transactions, scans - earlier.scans, inserted - earlier.inserted,
                    updated - earlier.updated, deleted - earlier.deleted);
        }

        List<String> per(String what, int calls) {
            return List.of(what, each(transactions, calls), each(scans, calls), each(inserted, calls), each(updated, calls),
                    each(deleted, calls));
        }

        private static String each(long total, int calls) {
            return String.format(Locale.ROOT, "%.1f", (double) total / calls);
        }
    }

    private static void concurrent(MarkdownReport report, Bench bench) {
        List<String> headers = new ArrayList<>(List.of("threads"));
        headers.addAll(Load.Result.headers());
        MarkdownReport.Table table = report.table(headers);
        List<String> texts = List.copyOf(bench.commands().values());
        for (int threads : THREADS) {
            Load.Result result = Load.concurrent(threads, Settings.scaled(Duration.ofSeconds(3)), Settings.scaled(Duration.ofSeconds(10)),
                    (w, i) -> bench.handle(bench.chats().get(w), texts.get((int) ((i + w) % texts.size()))));
            List<String> row = new ArrayList<>(List.of(String.valueOf(threads)));
            row.addAll(result.cells());
            table.add(row);
        }
    }

    private static ConfigurableApplicationContext bot(String database, Class<?> portalCaches) {
        return new SpringApplicationBuilder(SandboxBotApplication.class, portalCaches).web(WebApplicationType.NONE)
                .properties("embedded-db.database=" + database, "spring.main.banner-mode=off",
                        "connectbot.portal.base-url=" + sandbox.baseUrl(),
                        "connectbot.portal.client-id=" + SandboxPortal.CLIENT_ID,
                        "connectbot.portal.client-secret=" + SandboxPortal.CLIENT_SECRET,
                        "connectbot.crypto.key=" + CRYPTO_KEY)
                .run();
    }

    /** A chat user and their direct conversation with the bot. */
    private record Chat(ChatUser user, ConversationRef conversation) {

        Inbound say(String text) {
            return new Inbound(UUID.randomUUID().toString(), user, conversation, SWEDISH, new Inbound.Text(text));
        }
    }

    /** The engine, chat users linked to Anna, and the commands to send. */
    private static final class Bench {

        private final BotEngine engine;
        private final List<Chat> chats = new ArrayList<>();
        private final Map<String, String> commands = new LinkedHashMap<>();

        Bench(ConfigurableApplicationContext bot, int users) {
            this.engine = bot.getBean(BotEngine.class);
            AccountLinking linking = bot.getBean(AccountLinking.class);
            for (int i = 0; i < users; i++) {
                chats.add(signIn(linking, i));
            }
            String mobile = bot.getBean(PortalApi.class).forUser(linking.tokens(chats.get(0).user()))
                    .services(ServiceQuery.all().withKind(ServiceKind.MOBILE).withPage(0, 1)).items().get(0).phoneNumber();
            commands.put("overview", "översikt");
            commands.put("status of a mobile", "status " + PhoneNumbers.display(Objects.requireNonNull(mobile)));
            commands.put("invoices", "fakturor");
            commands.put("help", "hjälp");
            commands.put("unknown command", "xyzzy");
        }

        List<Chat> chats() {
            return chats;
        }

        Map<String, String> commands() {
            return commands;
        }

        Reply handle(Chat chat, String text) {
            return engine.handle(chat.say(text));
        }

        /** Sends {@code text} once, fails on an error reply (but for the unknown command), and returns the reply's first line. */
        String check(String what, Chat chat, String text) {
            Reply reply = handle(chat, text);
            boolean error = Replies.blocks(reply, Block.Text.class).stream().anyMatch(b -> b.tone() == Block.Tone.ERROR);
            String all = Replies.text(reply);
            if (error && !what.startsWith("unknown")) {
                throw new IllegalStateException("'" + text + "' answered with an error:\n" + all);
            }
            String first = all.strip().lines().findFirst().orElse("");
            return first.length() > 60 ? first.substring(0, 57) + "..." : first;
        }

        private static Chat signIn(AccountLinking linking, int i) {
            String id = "U-bench-" + i + "-" + UUID.randomUUID().toString().substring(0, 8);
            Chat chat = new Chat(new ChatUser(Platform.WEB, "T-bench", id), new ConversationRef(Platform.WEB, "T-bench", "D-" + id, false));
            URI signIn = linking.signInUrl(chat.user(), chat.conversation(), SWEDISH);
            LinkOutcome outcome = SandboxSignIn.driver(linking).signIn(signIn, PortalSignIns.ANNA);
            if (!(outcome instanceof LinkOutcome.Linked)) {
                throw new IllegalStateException("the sign-in failed: " + outcome);
            }
            return chat;
        }
    }

    /** The portal client as the core builds it, but with hour-long caches: every answer after the first from the cache. */
    @Configuration(proxyBeanMethods = false)
    static class LongCaches {

        @Bean
        PortalClientConfig benchmarkPortalClientConfig(PortalProperties portal) {
            Duration hour = Duration.ofHours(1);
            return config(portal).withCache(new PortalClientConfig.CacheSettings(hour, hour, hour, hour, 10_000));
        }
    }

    /** The portal client with no caching at all. */
    @Configuration(proxyBeanMethods = false)
    static class NoCaches {

        @Bean
        PortalClientConfig benchmarkPortalClientConfig(PortalProperties portal) {
            return config(portal).withCache(PortalClientConfig.CacheSettings.disabled());
        }
    }

    private static PortalClientConfig config(PortalProperties portal) {
        return PortalClientConfig.of(Objects.requireNonNull(portal.baseUrl()), portal.clientId(), portal.clientSecret())
                .withTimeouts(portal.connectTimeout(), portal.readTimeout());
    }
}
