package se.connectbot.sandbox.topup;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import se.connectbot.portal.api.DataPackage;
import se.connectbot.portal.api.Order;
import se.connectbot.sandbox.account.AccountScopes;
import se.connectbot.sandbox.idempotency.Idempotent;
import se.connectbot.sandbox.idempotency.IdempotentWrites;
import se.connectbot.sandbox.order.NewOrder;
import se.connectbot.sandbox.order.OrderBook;
import se.connectbot.sandbox.user.PortalUser;
import se.connectbot.sandbox.web.InvalidInputException;
import se.connectbot.sandbox.web.NotFoundException;

/**
 * Offers and orders data top-ups. An ordered top-up raises this month's allowance at once and
 * its order completes {@link #ACTIVATION} later. Thread-safe.
 */
@Component
class TopUps {

    static final Duration ACTIVATION = Duration.ofMinutes(2);
    private static final long MB_PER_GB = 1024;

    private final TopUpRepository repository;
    private final AccountScopes scopes;
    private final OrderBook orders;
    private final IdempotentWrites idempotent;
    private final Clock clock;

    TopUps(TopUpRepository repository, AccountScopes scopes, OrderBook orders, IdempotentWrites idempotent, Clock clock) {
        this.repository = repository;
        this.scopes = scopes;
        this.orders = orders;
        this.idempotent = idempotent;
        this.clock = clock;
    }

    /** The packages for an active mobile subscription; none for an unlimited one. */
    List<DataPackage> offered(PortalUser user, String serviceId) {
        Subscription subscription = subscription(user, serviceId);
        subscription.requireToppable();
        return subscription.unlimited() ? List.of() : repository.packages();
    }

    Idempotent<Order> order(PortalUser user, String serviceId, String packageId, String idempotencyKey) {
        String request = IdempotentWrites.describe("top-up", serviceId, packageId);
        return idempotent.once(IdempotentWrites.caller(user), idempotencyKey, request,
                () -> place(user, serviceId, packageId),
                // a repeat may find its order outside the caller's scope by now: 404, as for any order beyond it
                orderId -> orders.find(scopes.all(user), orderId).orElseThrow(() -> new NotFoundException("Order", orderId)));
    }

    private String place(PortalUser user, String serviceId, String packageId) {
        Subscription subscription = subscription(user, serviceId);
        subscription.requireToppable();
        List<DataPackage> offered = subscription.unlimited() ? List.of() : repository.packages();
        DataPackage dataPackage = offered.stream().filter(p -> p.id().equals(packageId)).findFirst()
                .orElseThrow(() -> InvalidInputException.of("packageId", offered.isEmpty()
                        ? "no packages are offered for this subscription, which has unlimited data"
                        : "must be one of " + offered.stream().map(DataPackage::id).collect(Collectors.joining(", "))
                                + " but was '" + packageId + "'"));
        LocalDate today = LocalDate.now(clock);
        String orderId = orders.place(new NewOrder(Order.OrderKind.TOP_UP, subscription.accountId(), serviceId,
                dataPackage.name() + " till " + subscription.phoneNumber(), dataPackage.price(), today,
                clock.instant().plus(ACTIVATION), user.name()));
        repository.addToAllowance(serviceId, dataPackage.dataGb() * MB_PER_GB, today.withDayOfMonth(1));
        return orderId;
    }

    private Subscription subscription(PortalUser user, String serviceId) {
        return repository.subscription(scopes.all(user), serviceId).orElseThrow(() -> new NotFoundException("Service", serviceId));
    }
}
