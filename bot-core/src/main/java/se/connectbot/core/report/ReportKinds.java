package se.connectbot.core.report;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import se.connectbot.core.i18n.Folding;
import se.connectbot.core.rights.Capability;
import se.connectbot.portal.api.ReportKind;

/**
 * The words for each report kind in both languages (folded), and its canonical word, which
 * buttons send so that each is also something a user could type.
 */
final class ReportKinds {

    /** The canonical word first; a word also takes any ending ("fakturorna", "förbrukningen"). */
    private static final Map<ReportKind, List<String>> WORDS = Map.of(
            ReportKind.SERVICES, List.of("services", "service", "tjanst", "abonnemang", "subscription"),
            ReportKind.INVOICES, List.of("invoices", "invoice", "faktur", "bills"),
            ReportKind.MOBILE_USAGE, List.of("usage", "forbrukning", "anvandning", "dataanvandning", "dataforbrukning"),
            ReportKind.TICKETS, List.of("tickets", "ticket", "arende"));

    private ReportKinds() {
    }

    static Optional<ReportKind> of(String word) {
        String folded = Folding.fold(word);
        return WORDS.entrySet().stream().filter(e -> e.getValue().stream().anyMatch(folded::startsWith))
                .map(Map.Entry::getKey).findFirst();
    }

    /** The word a command text uses for the kind. */
    static String canonical(ReportKind kind) {
        return WORDS.get(kind).get(0);
    }

    /** What a report file of the kind needs when it is read again: the right to reports and to the kind's data. */
    static Capability fileRight(ReportKind kind) {
        return switch (kind) {
            case SERVICES, MOBILE_USAGE -> Capability.REPORT_SERVICES;
            case INVOICES -> Capability.REPORT_INVOICES;
            case TICKETS -> Capability.REPORT_TICKETS;
        };
    }

    /** The message key of the kind's name in the user's language. */
    static String label(ReportKind kind) {
        return "report.kind." + kind.name().toLowerCase(Locale.ROOT);
    }

    /** {@code kinds} ordered by how close their words come to {@code typed}, closest first. */
    static List<ReportKind> closestTo(String typed, List<ReportKind> kinds) {
        String folded = Folding.fold(typed);
        return kinds.stream().sorted(Comparator.comparingInt(k -> distance(folded, k))).toList();
    }

    private static int distance(String typed, ReportKind kind) {
        return WORDS.get(kind).stream().mapToInt(w -> Similarity.distance(typed, w)).min().orElse(Integer.MAX_VALUE);
    }
}
