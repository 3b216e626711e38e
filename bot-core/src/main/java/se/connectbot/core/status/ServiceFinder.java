package se.connectbot.core.status;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import se.connectbot.core.command.PhoneNumbers;
import se.connectbot.portal.api.Page;
import se.connectbot.portal.api.ServiceKind;
import se.connectbot.portal.api.ServiceQuery;
import se.connectbot.portal.api.ServiceSummary;
import se.connectbot.portal.api.UserPortal;

/**
 * Finds a user's services by what they typed: a phone number (validated, searched as E.164),
 * or a service id, address or part of a name (the portal's free-text search, an exact id match
 * winning). Stateless.
 */
public final class ServiceFinder {

    /** How many matches a search returns at most. */
    public static final int MAX_MATCHES = 25;

    private ServiceFinder() {
    }

    /** What a search found. */
    public sealed interface Found {
    }

    /** The text looked like a phone number but is not a valid one. */
    public record InvalidPhone(String typed) implements Found {
    }

    /** The matching services (at most {@link #MAX_MATCHES}), and how many matched in all. */
    public record Matches(List<ServiceSummary> services, long total) implements Found {
        public Matches {
            services = List.copyOf(services);
        }

        public Optional<ServiceSummary> single() {
            return services.size() == 1 ? Optional.of(services.get(0)) : Optional.empty();
        }
    }

    public static Found find(UserPortal portal, String reference, @Nullable ServiceKind kind) {
        String typed = reference.strip();
        ServiceQuery query = ServiceQuery.all().withKind(kind).withPage(0, MAX_MATCHES);
        if (PhoneNumbers.looksLikePhone(typed)) {
            Optional<String> e164 = PhoneNumbers.toE164(typed);
            if (e164.isEmpty()) {
                return new InvalidPhone(typed);
            }
            return matches(portal.services(query.withPhoneNumber(e164.get())));
        }
        Page<ServiceSummary> page = portal.services(query.withText(typed));
        return page.items().stream()
                .filter(s -> s.id().equalsIgnoreCase(typed))
                .findFirst()
                .<Found>map(exact -> new Matches(List.of(exact), 1))
                .orElseGet(() -> matches(page));
    }

    /** A page of the user's active services, e.g. to offer as a choice. */
    public static Page<ServiceSummary> list(UserPortal portal, @Nullable ServiceKind kind, int size) {
        return portal.services(ServiceQuery.all().withKind(kind).withPage(0, size));
    }

    /** How a service reads in a choice: its number or address, and its name. */
    public static String label(ServiceSummary service) {
        String where = service.phoneNumber() != null ? PhoneNumbers.display(service.phoneNumber())
                : service.address() != null ? service.address() : service.id();
        String label = where + " – " + service.name();
        // chat platforms cut option labels at 75 characters; cut them ourselves, readably
        return label.length() <= 75 ? label : label.substring(0, 74) + "…";
    }

    private static Found matches(Page<ServiceSummary> page) {
        return new Matches(page.items(), page.totalItems());
    }
}
