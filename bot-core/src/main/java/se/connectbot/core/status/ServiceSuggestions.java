package se.connectbot.core.status;

import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import se.connectbot.core.chat.ChatUser;
import se.connectbot.core.command.PhoneNumbers;
import se.connectbot.core.linking.AccountLinking;
import se.connectbot.portal.api.PortalApi;
import se.connectbot.portal.api.PortalException;
import se.connectbot.portal.api.ServiceSummary;
import se.connectbot.portal.api.UserPortal;

/**
 * What a platform's autocomplete offers while someone types a service or phone number (Discord's
 * command options): the linked user's own services matching the text, asked of the portal with
 * that user's token, so the portal's rights decide what is offered. Nothing for a user who is not
 * signed in, for a text that is no valid number, or when the portal fails: autocomplete is a
 * help, never an error. Thread-safe.
 */
@Component
public class ServiceSuggestions {

    private static final Logger log = LoggerFactory.getLogger(ServiceSuggestions.class);

    private final AccountLinking linking;
    private final PortalApi api;

    ServiceSuggestions(AccountLinking linking, PortalApi api) {
        this.linking = linking;
        this.api = api;
    }

    /**
     * One offer: what the user sees and the value the command then carries (the phone number as
     * people write it, else the service id), both text the core's commands read.
     */
    public record Suggestion(String label, String value) {
        public Suggestion {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(value, "value");
        }
    }

    /** At most {@code max} of the user's services matching {@code typed} (all of them, first ones, when blank). */
    public List<Suggestion> suggest(ChatUser user, String typed, int max) {
        if (max < 1) {
            throw new IllegalArgumentException("max must be at least 1 but was " + max);
        }
        try {
            if (linking.find(user).isEmpty()) {
                return List.of();
            }
            UserPortal portal = api.forUser(linking.tokens(user));
            List<ServiceSummary> services = typed.isBlank() ? ServiceFinder.list(portal, null, max).items()
                    : ServiceFinder.find(portal, typed, null) instanceof ServiceFinder.Matches m ? m.services() : List.of();
            return services.stream().limit(max).map(ServiceSuggestions::suggestion).toList();
        } catch (PortalException e) {
            log.info("No suggestions for {}: the portal said {}", user, e.toString());
            return List.of();
        }
    }

    private static Suggestion suggestion(ServiceSummary service) {
        String value = service.phoneNumber() != null ? PhoneNumbers.display(service.phoneNumber()) : service.id();
        return new Suggestion(ServiceFinder.label(service), value);
    }
}
