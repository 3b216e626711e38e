package se.connectbot.core.status;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import se.connectbot.core.command.PhoneNumbers;
import se.connectbot.core.i18n.Folding;
import se.connectbot.portal.api.ServiceKind;
import se.connectbot.portal.api.ServiceSummary;
import se.connectbot.portal.api.UserPortal;

/**
 * The one way every service picker reads a typed answer, so the status, top-up and ticket
 * pickers behave alike: the number of an entry in the list offered ({@code 2}, {@code nr 2},
 * {@code #2}), a name or label of an offered entry, a phone number in any common format
 * ({@code 070-123 45 67}, {@code 0701234567}, {@code +46 70 123 45 67}, {@code 0046701234567},
 * {@code 46701234567}), or else a search as {@link ServiceFinder#find} does it. Stateless.
 */
public final class ServicePicker {

    private static final Pattern ENTRY = Pattern.compile("(?:nr\\.?|no\\.?|nummer|number|#)?\\s*(\\d{1,2})\\.?");
    private static final Pattern SEPARATORS = Pattern.compile("[ ()\\-]");
    private static final Pattern INTERNATIONAL_DIGITS = Pattern.compile("46\\d{8,10}");

    private ServicePicker() {
    }

    /** What a typed answer picks. */
    public sealed interface Picked {
    }

    /** Exactly one service. */
    public record One(ServiceSummary service) implements Picked {
    }

    /** Several services match {@code search}: ask again among them. */
    public record Several(String search) implements Picked {
    }

    /** Nothing matches {@code typed}. */
    public record None(String typed) implements Picked {
    }

    /** {@code typed} looked like a phone number but is not a valid one. */
    public record InvalidPhone(String typed) implements Picked {
    }

    /**
     * Reads {@code typed} against the services the picker showed ({@code offered}, in their
     * order), searching the user's services of {@code kind} (any kind when null) when it names
     * none of them.
     */
    public static Picked pick(UserPortal portal, List<ServiceSummary> offered, String typed, @Nullable ServiceKind kind) {
        String answer = typed.strip();
        Optional<ServiceSummary> entry = entry(offered, answer).or(() -> named(offered, answer));
        if (entry.isPresent()) {
            return new One(entry.get());
        }
        String search = withPlus(answer);
        return switch (ServiceFinder.find(portal, search, kind)) {
            case ServiceFinder.InvalidPhone _ -> new InvalidPhone(answer);
            case ServiceFinder.Matches m when m.services().isEmpty() -> new None(answer);
            case ServiceFinder.Matches m when m.single().isPresent() -> new One(m.single().get());
            case ServiceFinder.Matches _ -> new Several(search);
        };
    }

    /** {@code 46 70 123 45 67}, a Swedish number in international form without its +, as {@code +46...}. */
    private static String withPlus(String answer) {
        String compact = SEPARATORS.matcher(answer).replaceAll("");
        return INTERNATIONAL_DIGITS.matcher(compact).matches() ? "+" + compact : answer;
    }

    /** The entry at a 1-based position in the list, when the answer is one and the list has it. */
    static Optional<ServiceSummary> entry(List<ServiceSummary> offered, String answer) {
        Matcher m = ENTRY.matcher(Folding.fold(answer));
        if (!m.matches()) {
            return Optional.empty();
        }
        int position = Integer.parseInt(m.group(1));
        return position >= 1 && position <= offered.size() ? Optional.of(offered.get(position - 1)) : Optional.empty();
    }

    /** The one offered service whose id, name, label or number the answer is; empty when none or several. */
    private static Optional<ServiceSummary> named(List<ServiceSummary> offered, String answer) {
        String folded = Folding.fold(answer);
        Optional<String> e164 = PhoneNumbers.looksLikePhone(answer) ? PhoneNumbers.toE164(answer) : Optional.empty();
        List<ServiceSummary> hits = offered.stream()
                .filter(s -> s.id().equalsIgnoreCase(answer)
                        || Folding.fold(s.name()).equals(folded)
                        || Folding.fold(ServiceFinder.label(s)).equals(folded)
                        || (s.phoneNumber() != null && e164.filter(s.phoneNumber()::equals).isPresent()))
                .toList();
        return hits.size() == 1 ? Optional.of(hits.get(0)) : Optional.empty();
    }
}
