package se.connectbot.core.notice;

import java.util.Set;
import java.util.TreeSet;

import se.connectbot.portal.api.Outage;

/**
 * What a subscription narrowed its notices to; empty sets mean no narrowing. With neither
 * municipalities nor postcodes, the owner's own areas ({@link Scope}) decide where. Immutable.
 *
 * @param municipalities kommuner as the portal spells them
 * @param postcodes      {@code NNN NN}
 * @param networks       {@code FIXED}, {@code G2}..{@code G5}
 * @param accounts       portal account ids whose services' areas count (empty: every account the owner sees)
 * @param minSeverity    the least severe outage told
 */
record NoticeFilter(Set<String> municipalities, Set<String> postcodes, Set<String> networks, Set<String> accounts,
                    Outage.Severity minSeverity) {

    static final NoticeFilter DEFAULT = new NoticeFilter(Set.of(), Set.of(), Set.of(), Set.of(), Outage.Severity.MINOR);

    NoticeFilter {
        municipalities = Set.copyOf(new TreeSet<>(municipalities));
        postcodes = Set.copyOf(postcodes);
        networks = Set.copyOf(networks);
        accounts = Set.copyOf(accounts);
    }

    /** Whether the place is the owner's own areas rather than named ones. */
    boolean byOwnAreas() {
        return municipalities.isEmpty() && postcodes.isEmpty();
    }

    boolean plain() {
        return equals(DEFAULT);
    }
}
