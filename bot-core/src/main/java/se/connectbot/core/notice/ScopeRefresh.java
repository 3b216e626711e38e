package se.connectbot.core.notice;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import se.connectbot.core.command.SignInRequired;
import se.connectbot.core.linking.AccountLinking;
import se.connectbot.portal.api.PortalApi;
import se.connectbot.portal.api.PortalError;
import se.connectbot.portal.api.PortalException;
import se.connectbot.portal.api.ServiceQuery;
import se.connectbot.portal.api.ServiceSummary;
import se.connectbot.portal.api.UserPortal;

/**
 * Keeps each active subscription running with its owner's current rights: asks the portal, as the
 * owner, for the services they see now and stores their areas as the subscription's scope. An
 * owner the portal no longer lets see services (the right taken away, the sign-in revoked) leaves
 * the subscription orphaned, its conversation told with a take-over button, as when they sign out.
 * The application runs {@link #refresh()} periodically, once across its instances. Never calls
 * the portal inside a transaction.
 */
@Component
public class ScopeRefresh {

    private static final Logger log = LoggerFactory.getLogger(ScopeRefresh.class);
    private static final int SERVICE_PAGES = 10;

    private final SubscriptionStore subscriptions;
    private final AccountLinking linking;
    private final PortalApi portal;
    private final JdbcClient jdbc;
    private final Clock clock;

    ScopeRefresh(SubscriptionStore subscriptions, AccountLinking linking, PortalApi portal, JdbcClient jdbc, Clock clock) {
        this.subscriptions = subscriptions;
        this.linking = linking;
        this.portal = portal;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Refreshes every active subscription; how many were orphaned. */
    public int refresh() {
        int orphaned = 0;
        for (Subscription subscription : subscriptions.active()) {
            try {
                Scope scope = Scope.of(services(portal.forUser(linking.tokens(subscription.owner()))));
                subscriptions.rescope(subscription.id(), scope);
            } catch (SignInRequired e) {
                orphaned += orphan(subscription);
            } catch (PortalException e) {
                if (e.error() == PortalError.FORBIDDEN || e.error() == PortalError.NOT_SIGNED_IN) {
                    orphaned += orphan(subscription);
                } else {
                    log.info("Scope of subscription {} not refreshed now: {}", subscription.id(), e.error());
                }
            }
        }
        return orphaned;
    }

    private int orphan(Subscription subscription) {
        Timestamp now = Timestamp.from(clock.instant());
        return jdbc.sql("""
                        with orphaned as (
                            update outage_subscription set state = 'ORPHANED', changed_at = :now
                            where id = :id and state = 'ACTIVE' returning *)
                        insert into outage_outbox (subscription_id, platform, workspace_id, channel_id, kind, outage_id,
                            outage_version, not_before, created_at)
                        select id, platform, workspace_id, channel_id, 'ORPHANED', '~orphaned', id, :now, :now from orphaned
                        on conflict do nothing""")
                .param("id", subscription.id()).param("now", now).update();
    }

    private static List<ServiceSummary> services(UserPortal user) {
        List<ServiceSummary> all = new ArrayList<>();
        for (int page = 0; page < SERVICE_PAGES; page++) {
            var result = user.services(ServiceQuery.all().withPage(page, 100));
            all.addAll(result.items());
            if (!result.hasNext()) {
                break;
            }
        }
        return all;
    }
}
