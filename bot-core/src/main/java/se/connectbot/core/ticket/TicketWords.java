package se.connectbot.core.ticket;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import se.connectbot.core.i18n.Folding;
import se.connectbot.core.i18n.Messages;
import se.connectbot.portal.api.TicketCategory;
import se.connectbot.portal.api.TicketPriority;

/** Categories and priorities as people type them, in Swedish and English, or by their number in the list. */
final class TicketWords {

    private static final Map<TicketCategory, Set<String>> CATEGORIES = Map.of(
            TicketCategory.SUPPORT, Set.of("support", "felanmalan", "fel", "fault", "problem", "error", "incident"),
            TicketCategory.INVOICE, Set.of("invoice", "faktura", "fakturafraga", "billing", "fakturor", "invoices"),
            TicketCategory.ORDER, Set.of("order", "bestallning", "orders"),
            TicketCategory.CHANGE, Set.of("change", "andring", "andring av tjanst"),
            TicketCategory.OTHER, Set.of("other", "ovrigt", "annat"));

    private static final Map<TicketPriority, Set<String>> PRIORITIES = Map.of(
            TicketPriority.LOW, Set.of("low", "lag"),
            TicketPriority.NORMAL, Set.of("normal", "medium", "mellan"),
            TicketPriority.HIGH, Set.of("high", "hog"),
            TicketPriority.CRITICAL, Set.of("critical", "kritisk", "akut", "urgent"));

    private TicketWords() {
    }

    static Optional<TicketCategory> category(String typed, Messages messages) {
        return match(typed, TicketCategory.values(), CATEGORIES, c -> messages.get("ticket.category." + c.name()));
    }

    static Optional<TicketPriority> priority(String typed, Messages messages) {
        return match(typed, TicketPriority.values(), PRIORITIES, p -> messages.get("ticket.priority." + p.name()));
    }

    private static <E extends Enum<E>> Optional<E> match(String typed, E[] values, Map<E, Set<String>> words,
            java.util.function.Function<E, String> label) {
        String folded = Folding.fold(typed);
        for (E value : values) {
            if (folded.equals(String.valueOf(value.ordinal() + 1)) || folded.equals(Folding.fold(value.name()))
                    || words.get(value).contains(folded) || folded.equals(Folding.fold(label.apply(value)))) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }
}
