package se.connectbot.core.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import se.connectbot.core.i18n.Folding;
import se.connectbot.portal.api.AccountNode;

/**
 * The accounts a user sees, by the name reports carry for them (alias, else company name), each
 * with its branch: a report for an account holds the account and its sub-accounts. Immutable.
 */
record ReportAccounts(List<Named> accounts) {

    /** An account's shown name and the folded names of its whole branch. */
    record Named(String name, Set<String> branch) {
    }

    static ReportAccounts of(List<AccountNode> roots) {
        List<Named> named = new ArrayList<>();
        roots.forEach(root -> collect(root, named));
        return new ReportAccounts(List.copyOf(named));
    }

    private static Set<String> collect(AccountNode node, List<Named> into) {
        Set<String> branch = new HashSet<>();
        branch.add(Folding.fold(name(node)));
        int at = into.size();
        into.add(null);
        node.children().forEach(child -> branch.addAll(collect(child, into)));
        into.set(at, new Named(name(node), Set.copyOf(branch)));
        return branch;
    }

    private static String name(AccountNode node) {
        return node.alias() != null && !node.alias().isBlank() ? node.alias() : node.name();
    }

    /** The account named {@code typed} (case and diacritics aside), else the only one whose name holds it. */
    Optional<Named> find(String typed) {
        String folded = Folding.fold(typed);
        Optional<Named> exact = accounts.stream().filter(a -> Folding.fold(a.name()).equals(folded)).findFirst();
        if (exact.isPresent()) {
            return exact;
        }
        List<Named> containing = accounts.stream().filter(a -> Folding.fold(a.name()).contains(folded)).toList();
        return containing.size() == 1 ? Optional.of(containing.get(0)) : Optional.empty();
    }

    /** Up to {@code limit} accounts whose names come closest to {@code typed}. */
    List<Named> closestTo(String typed, int limit) {
        String folded = Folding.fold(typed);
        return accounts.stream()
                .sorted(Comparator.comparingInt((Named a) -> Similarity.distance(folded, Folding.fold(a.name()))))
                .limit(limit).toList();
    }
}
