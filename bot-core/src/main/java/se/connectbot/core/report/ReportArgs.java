package se.connectbot.core.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import se.connectbot.core.command.Args;
import se.connectbot.core.i18n.Folding;
import se.connectbot.portal.api.ReportKind;

/**
 * The report command's arguments, {@code [kind] [account | alla] [period | allt]}: the kind is
 * the first word; words that start with a digit are the period; {@code alla}/{@code all} means
 * every account, {@code allt}/{@code everything} the whole period; the other words name an account.
 *
 * @param kind        null when none was given, or the first word is no kind ({@code unknownKind})
 * @param account     the account's name as typed, null when none was
 * @param allAccounts every account the user sees
 * @param period      null for the whole period
 * @param periodGiven whether a period (or {@code allt}) was given
 * @param badPeriod   a word meant as a period that is none
 */
record ReportArgs(@Nullable ReportKind kind, @Nullable String unknownKind, @Nullable String account, boolean allAccounts,
                  @Nullable Period period, boolean periodGiven, @Nullable String badPeriod) {

    static final Set<String> ALL_ACCOUNTS = Set.of("alla", "all", "samtliga");
    static final Set<String> WHOLE_PERIOD = Set.of("allt", "everything", "alltid", "whole");

    /** Words of a sentence around the kind ("rapport över förbrukningen", "report on the tickets"), passed over. */
    private static final Set<String> FILLERS = Set.of("over", "om", "for", "pa", "med", "en", "ett", "on", "of", "about",
            "the", "a", "an", "with");

    static ReportArgs parse(Args args) {
        List<String> tokens = args.tokens();
        int first = 0;
        while (first < tokens.size() - 1 && FILLERS.contains(Folding.fold(tokens.get(first)))) {
            first++;
        }
        tokens = tokens.subList(first, tokens.size());
        if (tokens.isEmpty()) {
            return new ReportArgs(null, null, null, false, null, false, null);
        }
        Optional<ReportKind> kind = ReportKinds.of(tokens.get(0));
        List<String> accountWords = new ArrayList<>();
        boolean all = false;
        boolean periodGiven = false;
        Period period = null;
        String badPeriod = null;
        for (String token : tokens.subList(1, tokens.size())) {
            String folded = Folding.fold(token);
            if (ALL_ACCOUNTS.contains(folded)) {
                all = true;
            } else if (WHOLE_PERIOD.contains(folded)) {
                periodGiven = true;
            } else if (Period.looksLike(token)) {
                periodGiven = true;
                Optional<Period> parsed = Period.parse(token);
                period = parsed.orElse(null);
                badPeriod = parsed.isPresent() ? null : token;
            } else {
                accountWords.add(token);
            }
        }
        String account = accountWords.isEmpty() ? null : String.join(" ", accountWords);
        return new ReportArgs(kind.orElse(null), kind.isPresent() ? null : tokens.get(0), account, all, period, periodGiven, badPeriod);
    }

    /** The command text for these arguments with the account and period given (canonical words). */
    static String command(ReportKind kind, @Nullable String account, @Nullable Period period, boolean periodGiven) {
        StringBuilder text = new StringBuilder("report ").append(ReportKinds.canonical(kind)).append(' ')
                .append(account == null ? "all" : account);
        if (periodGiven) {
            text.append(' ').append(period == null ? "everything" : period.text());
        }
        return text.toString();
    }
}
