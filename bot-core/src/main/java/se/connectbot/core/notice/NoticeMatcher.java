package se.connectbot.core.notice;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import se.connectbot.core.i18n.Folding;
import se.connectbot.portal.api.Network;
import se.connectbot.portal.api.Outage;
import se.connectbot.portal.api.OutageKind;

/**
 * Whether an outage concerns a subscription, and what of the reader's it touches: severity at
 * least the filter's, a network the filter names (if any), and a place — a municipality or
 * postcode the filter names, or else one of the owner's areas (a mobile outage only where the
 * account has mobile subscriptions). Stateless.
 */
final class NoticeMatcher {

    private NoticeMatcher() {
    }

    /**
     * What of the reader's the outage touches, in their terms ("Region Väst: 411 01, Göteborg"),
     * or empty when it does not concern the subscription.
     */
    static Optional<List<String>> affected(NoticeFilter filter, Scope scope, Outage outage) {
        if (outage.severity().compareTo(filter.minSeverity()) < 0 || !network(filter, outage)) {
            return Optional.empty();
        }
        List<String> touched = filter.byOwnAreas() ? ownAreas(filter, scope, outage) : named(filter, outage);
        return touched.isEmpty() ? Optional.empty() : Optional.of(touched);
    }

    private static boolean network(NoticeFilter filter, Outage outage) {
        if (filter.networks().isEmpty()) {
            return true;
        }
        if (outage.kind() == OutageKind.FIXED) {
            return filter.networks().contains("FIXED");
        }
        return outage.networks().stream().map(Network::name).anyMatch(filter.networks()::contains);
    }

    private static List<String> named(NoticeFilter filter, Outage outage) {
        Set<String> touched = new LinkedHashSet<>();
        Set<String> wanted = folded(filter.municipalities());
        outage.municipalities().stream().filter(m -> wanted.contains(Folding.fold(m))).forEach(touched::add);
        outage.postcodes().stream().filter(filter.postcodes()::contains).forEach(touched::add);
        return List.copyOf(touched);
    }

    private static List<String> ownAreas(NoticeFilter filter, Scope scope, Outage outage) {
        Set<String> outageTowns = folded(Set.copyOf(outage.municipalities()));
        Set<String> touched = new LinkedHashSet<>();
        for (Scope.Area area : scope.of(filter.accounts())) {
            Set<String> places = new LinkedHashSet<>();
            if (outage.kind() == OutageKind.FIXED) {
                outage.postcodes().stream().filter(area.postcodes()::contains).forEach(places::add);
            }
            if (outage.kind() == OutageKind.FIXED || area.mobile()) {
                area.towns().stream().filter(t -> outageTowns.contains(Folding.fold(t))).forEach(places::add);
            }
            if (!places.isEmpty()) {
                touched.add(area.name() + ": " + String.join(", ", places));
            }
        }
        return List.copyOf(touched);
    }

    private static Set<String> folded(Set<String> words) {
        Set<String> folded = new LinkedHashSet<>();
        words.forEach(w -> folded.add(Folding.fold(w)));
        return folded;
    }
}
