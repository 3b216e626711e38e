package se.connectbot.app.webchat;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.connectbot.core.chat.ChatUser;
import se.connectbot.core.linking.AccountLinking;
import se.connectbot.core.rights.Capability;
import se.connectbot.core.rights.RightsPolicy;
import se.connectbot.portal.api.Me;
import se.connectbot.portal.api.PortalApi;

/**
 * The page's quick buttons a signed-in user may use, so that none leads to a refusal: each asks
 * the bot's {@link RightsPolicy} with the user's portal rights. When the portal cannot say (down,
 * or the sign-in just ended) every button shows, and the bot's own answer says what is missing.
 * Thread-safe.
 */
final class QuickCommands {

    private static final Logger log = LoggerFactory.getLogger(QuickCommands.class);

    /** The page's buttons, in the page's order; their names are the keys of its texts. */
    enum Quick {
        OVERVIEW(Capability.VIEW_OVERVIEW), STATUS(Capability.VIEW_SERVICES), OUTAGES(null), INVOICES(Capability.VIEW_INVOICES),
        ORDERS(Capability.VIEW_ORDERS), TOPUP(Capability.TOP_UP), TICKET(Capability.HANDLE_TICKETS),
        TICKETS(Capability.HANDLE_TICKETS), HELP(null);

        private final @Nullable Capability needs;

        Quick(@Nullable Capability needs) {
            this.needs = needs;
        }

        String key() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private final PortalApi portal;
    private final AccountLinking linking;
    private final RightsPolicy rights;

    QuickCommands(PortalApi portal, AccountLinking linking, RightsPolicy rights) {
        this.portal = portal;
        this.linking = linking;
        this.rights = rights;
    }

    List<String> of(ChatUser user) {
        try {
            Me me = portal.forUser(linking.tokens(user)).me();
            return Arrays.stream(Quick.values()).filter(q -> q.needs == null || rights.decide(me, q.needs).isAllowed())
                    .map(Quick::key).toList();
        } catch (RuntimeException e) {
            log.debug("Showing every quick command: the rights of {} could not be read: {}", user, e.toString());
            return all();
        }
    }

    static List<String> all() {
        return Arrays.stream(Quick.values()).map(Quick::key).toList();
    }
}
