package se.connectbot.core.notice;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalTime;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import se.connectbot.core.command.EditDistance;
import se.connectbot.core.i18n.Folding;
import se.connectbot.portal.api.Outage;

/**
 * Reads a subscription's filters from the words after {@code prenumerera drift}: municipalities
 * (any of Sweden's 290, or a town of the owner's services), postcodes ({@code 41101},
 * {@code 411 01}), networks ({@code 2G}..{@code 5G}, {@code fast}/{@code fixed},
 * {@code mobil}/{@code mobile}), severities ({@code större}/{@code major}, {@code kritisk}/{@code critical}),
 * {@code konto <id or name>}, and quiet hours ({@code tyst 18-07}, {@code helger}/{@code weekends},
 * {@code helgdagar}/{@code holidays}, {@code kritiska igenom}/{@code critical through}). A word
 * that is none of these is refused with the closest known one. Stateless.
 */
final class FilterParser {

    /** The result: filters and quiet hours, or the first word not understood with a guess. */
    sealed interface Result {
        record Parsed(NoticeFilter filter, @Nullable QuietHours quiet) implements Result {
        }

        record Unknown(String word, @Nullable String suggestion) implements Result {
        }
    }

    private static final Map<String, String> MUNICIPALITIES = load();
    private static final Pattern NETWORK = Pattern.compile("([2-5])g");
    private static final Pattern NETWORK_LIKE = Pattern.compile("\\d[a-z]|[a-z]\\d|\\dg\\+?");
    private static final Pattern POSTCODE = Pattern.compile("\\d{5}");
    private static final Pattern HOURS = Pattern.compile("(\\d{1,2})(?::(\\d{2}))?[-–](\\d{1,2})(?::(\\d{2}))?");
    private static final Set<String> FILLERS = Set.of("drift", "driftstorningar", "outages", "outage", "for", "i", "in", "pa", "on",
            "och", "and", "standard", "default", "allt", "all", "bara", "only", "nat", "natet", "network");
    private static final List<String> NETWORKS = List.of("2G", "3G", "4G", "5G", "fast", "fixed", "mobil", "mobile");

    private FilterParser() {
    }

    static Result parse(List<String> raw, Scope scope) {
        Builder b = new Builder();
        Map<String, String> towns = scope.towns();
        for (int i = 0; i < raw.size(); i++) {
            String word = Folding.fold(raw.get(i)).replaceAll("[,.;]+$", "");
            String next = i + 1 < raw.size() ? Folding.fold(raw.get(i + 1)) : "";
            if (word.isEmpty() || FILLERS.contains(word) || b.flag(word)) {
                continue;
            }
            if (MUNICIPALITIES.containsKey(word + " " + next) || MUNICIPALITIES.containsKey(word + "-" + next)) {
                b.municipalities.add(MUNICIPALITIES.getOrDefault(word + " " + next, MUNICIPALITIES.get(word + "-" + next)));
                i++;
            } else if (POSTCODE.matcher(word + (next.matches("\\d{2}") && word.matches("\\d{3}") ? next : "")).matches()) {
                String code = word.length() == 3 ? word + next : word;
                b.postcodes.add(code.substring(0, 3) + " " + code.substring(3));
                i += word.length() == 3 ? 1 : 0;
            } else if (Set.of("konto", "account").contains(word) && !next.isEmpty()) {
                Optional<String> account = account(next, scope);
                if (account.isEmpty()) {
                    return new Result.Unknown(raw.get(i + 1), closest(next, scope.accounts().keySet()));
                }
                b.accounts.add(account.get());
                i++;
            } else if (Set.of("tyst", "quiet").contains(word) && HOURS.matcher(next).matches()) {
                Matcher m = HOURS.matcher(next);
                m.matches();
                b.from = time(m.group(1), m.group(2));
                b.to = time(m.group(3), m.group(4));
                if (b.from == null || b.to == null || b.from.equals(b.to)) {
                    return new Result.Unknown(raw.get(i + 1), "18-07");
                }
                i++;
            } else if (MUNICIPALITIES.containsKey(word) || towns.containsKey(word)) {
                b.municipalities.add(MUNICIPALITIES.getOrDefault(word, towns.get(word)));
            } else {
                return new Result.Unknown(raw.get(i), NETWORK_LIKE.matcher(word).matches() ? closest(word, NETWORKS)
                        : closest(word, union(MUNICIPALITIES.values(), towns.values())));
            }
        }
        return b.result();
    }

    /** The mutable state of one parse. */
    private static final class Builder {
        final Set<String> municipalities = new HashSet<>();
        final Set<String> postcodes = new HashSet<>();
        final Set<String> networks = new HashSet<>();
        final Set<String> accounts = new HashSet<>();
        Outage.Severity severity = Outage.Severity.MINOR;
        @Nullable LocalTime from;
        @Nullable LocalTime to;
        boolean weekends;
        boolean holidays;
        boolean critical;

        /** A word that is a flag (network, severity, quiet day); false when it is not one. */
        boolean flag(String word) {
            Matcher network = NETWORK.matcher(word);
            if (network.matches()) {
                networks.add("G" + network.group(1));
            } else if (Set.of("fast", "fixed", "fiber", "bredband", "broadband").contains(word)) {
                networks.add("FIXED");
            } else if (Set.of("mobil", "mobile", "mobilnat", "mobilnatet").contains(word)) {
                networks.addAll(List.of("G2", "G3", "G4", "G5"));
            } else if (Set.of("kritisk", "kritiska", "critical").contains(word)) {
                if (from != null || weekends || holidays) {
                    critical = true; // "tyst 18-07 kritiska igenom": critical ones pass the quiet hours
                } else {
                    severity = Outage.Severity.CRITICAL;
                }
            } else if (Set.of("storre", "major", "allvarliga", "allvarlig").contains(word)) {
                severity = Outage.Severity.MAJOR;
            } else if (Set.of("helg", "helger", "weekend", "weekends").contains(word)) {
                weekends = true;
            } else if (Set.of("helgdag", "helgdagar", "holiday", "holidays", "rod", "roda").contains(word)) {
                holidays = true;
            } else {
                return Set.of("igenom", "through", "dagar", "days").contains(word);
            }
            return true;
        }

        Result result() {
            QuietHours quiet = from == null && !weekends && !holidays ? null : new QuietHours(from, to, weekends, holidays, critical);
            return new Result.Parsed(new NoticeFilter(municipalities, postcodes, networks, accounts, severity), quiet);
        }
    }

    private static Optional<String> account(String word, Scope scope) {
        return scope.accounts().entrySet().stream()
                .filter(e -> Folding.fold(e.getKey()).equals(word) || Folding.fold(e.getValue().name()).startsWith(word))
                .map(Map.Entry::getKey).findFirst();
    }

    private static @Nullable LocalTime time(String hours, @Nullable String minutes) {
        int h = Integer.parseInt(hours);
        int m = minutes == null ? 0 : Integer.parseInt(minutes);
        return h < 24 && m < 60 ? LocalTime.of(h, m) : null;
    }

    /** The known word closest to {@code word}, if one is near enough to be a typo. */
    static @Nullable String closest(String word, java.util.Collection<String> known) {
        return known.stream()
                .map(k -> Map.entry(k, EditDistance.between(word, Folding.fold(k))))
                .filter(e -> e.getValue() <= Math.max(1, Folding.fold(e.getKey()).length() / 3))
                .min(Comparator.comparing(Map.Entry<String, Integer>::getValue).thenComparing(Map.Entry::getKey))
                .map(Map.Entry::getKey).orElse(null);
    }

    private static Set<String> union(java.util.Collection<String> a, java.util.Collection<String> b) {
        Set<String> all = new HashSet<>(a);
        all.addAll(b);
        return all;
    }

    private static Map<String, String> load() {
        try (InputStream in = FilterParser.class.getResourceAsStream("/notice/municipalities.txt")) {
            Map<String, String> byFolded = new LinkedHashMap<>();
            new String(java.util.Objects.requireNonNull(in, "notice/municipalities.txt").readAllBytes(), StandardCharsets.UTF_8)
                    .lines().filter(l -> !l.isBlank() && !l.startsWith("#"))
                    .forEach(l -> byFolded.put(Folding.fold(l.strip()), l.strip()));
            return Map.copyOf(byFolded);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
