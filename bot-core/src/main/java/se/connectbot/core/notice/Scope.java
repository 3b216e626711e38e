package se.connectbot.core.notice;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import se.connectbot.core.i18n.Folding;
import se.connectbot.portal.api.ServiceKind;
import se.connectbot.portal.api.ServiceSummary;

/**
 * The areas of what the owner's organisation has, per account, as the owner saw them when the
 * subscription was made or taken over: the postcodes and towns of the services' addresses, and
 * where the account has mobile subscriptions. Immutable.
 */
record Scope(Map<String, Area> accounts) {

    private static final Pattern POSTCODE_AND_TOWN = Pattern.compile("(\\d{3}) ?(\\d{2})\\s+([^,]+)");

    static final Scope NONE = new Scope(Map.of());

    Scope {
        accounts = Map.copyOf(accounts);
    }

    /**
     * One account's areas.
     *
     * @param towns  as written in the addresses (matched folded)
     * @param mobile whether the account has mobile subscriptions (mobile outages count in its towns)
     */
    record Area(String name, Set<String> postcodes, Set<String> towns, boolean mobile) {
        Area {
            postcodes = Set.copyOf(postcodes);
            towns = Set.copyOf(towns);
        }
    }

    static Scope of(List<ServiceSummary> services) {
        Map<String, List<ServiceSummary>> byAccount = new HashMap<>();
        services.forEach(s -> byAccount.computeIfAbsent(s.accountId(), k -> new ArrayList<>()).add(s));
        Map<String, Area> areas = new HashMap<>();
        byAccount.forEach((account, list) -> areas.put(account, area(list)));
        return new Scope(areas);
    }

    private static Area area(List<ServiceSummary> services) {
        Set<String> postcodes = new HashSet<>();
        Set<String> towns = new HashSet<>();
        for (ServiceSummary service : services) {
            Matcher m = POSTCODE_AND_TOWN.matcher(service.address() == null ? "" : service.address());
            while (m.find()) {
                postcodes.add(m.group(1) + " " + m.group(2));
                towns.add(m.group(3).strip());
            }
        }
        boolean mobile = services.stream().anyMatch(s -> s.kind() == ServiceKind.MOBILE);
        return new Area(services.get(0).accountName(), postcodes, towns, mobile);
    }

    /** The areas of these accounts (all when empty). */
    List<Area> of(Set<String> accountIds) {
        return accounts.entrySet().stream().filter(e -> accountIds.isEmpty() || accountIds.contains(e.getKey()))
                .map(Map.Entry::getValue).toList();
    }

    /** Every town of the scope, folded to as written. */
    Map<String, String> towns() {
        Map<String, String> towns = new HashMap<>();
        accounts.values().forEach(a -> a.towns().forEach(t -> towns.put(Folding.fold(t), t)));
        return towns;
    }
}
