package se.connectbot.coretesting;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import se.connectbot.portal.api.AccountNode;
import se.connectbot.portal.api.Outage;
import se.connectbot.portal.api.OutageQuery;
import se.connectbot.portal.api.Page;
import se.connectbot.portal.api.PortalError;
import se.connectbot.portal.api.PortalException;
import se.connectbot.portal.api.Ticket;

/** The fake portal's filtering, paging and tree walking, as the contract describes them. */
final class FakeQueries {

    private FakeQueries() {
    }

    static List<Outage> outages(List<Outage> outages, OutageQuery query) {
        return outages.stream()
                .filter(o -> o.status() == (query.status() == null ? Outage.OutageStatus.ACTIVE : query.status()))
                .filter(o -> query.municipality() == null || o.municipalities().stream().anyMatch(m -> m.equalsIgnoreCase(query.municipality())))
                .filter(o -> query.postcode() == null || o.postcodes().contains(query.postcode()))
                .filter(o -> query.network() == null || o.networks().contains(query.network()))
                .filter(o -> query.kind() == null || o.kind() == query.kind())
                .toList();
    }

    static AccountNode find(List<AccountNode> nodes, String id) {
        for (AccountNode node : nodes) {
            if (node.id().equals(id)) {
                return node;
            }
            try {
                return find(node.children(), id);
            } catch (PortalException e) {
                // not in this branch
            }
        }
        throw notFound(id);
    }

    static void collect(AccountNode node, Set<String> ids) {
        ids.add(node.id());
        node.children().forEach(child -> collect(child, ids));
    }

    static boolean matches(String text, String... fields) {
        String needle = text.toLowerCase(Locale.ROOT);
        return Stream.of(fields).anyMatch(f -> f != null && f.toLowerCase(Locale.ROOT).contains(needle));
    }

    static <T> Page<T> page(Stream<T> stream, int page, int size) {
        List<T> all = stream.toList();
        int from = Math.min(all.size(), page * size);
        int to = Math.min(all.size(), from + size);
        return new Page<>(all.subList(from, to), page, size, all.size(), Math.max(1, (all.size() + size - 1) / size));
    }

    static Ticket withMessages(Ticket t, List<Ticket.Message> messages) {
        return new Ticket(t.id(), t.number(), t.category(), t.priority(), t.status(), t.title(), t.accountId(), t.serviceId(),
                t.createdAt(), t.updatedAt(), t.createdBy(), messages);
    }

    static PortalException notFound(String id) {
        return new PortalException(PortalError.NOT_FOUND, "no " + id);
    }
}
