package se.connectbot.sandbox.order;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.connectbot.portal.api.Order;
import se.connectbot.sandbox.account.AccountRange;

/**
 * Places and reads orders for other capabilities. An order's number is
 * {@code ORD-<year>-<six digits>}, the digits from one sequence. Thread-safe.
 */
@Component
public class OrderBook {

    private final OrderRepository orders;
    private final Clock clock;

    OrderBook(OrderRepository orders, Clock clock) {
        this.orders = orders;
        this.clock = clock;
    }

    /** Places {@code order} as RECEIVED, now; returns its id. */
    @Transactional
    public String place(NewOrder order) {
        OrderRepository.Ids ids = orders.nextIds();
        int year = LocalDate.now(clock).getYear();
        String number = String.format(Locale.ROOT, "ORD-%d-%06d", year, ids.number());
        String id = "ord-" + ids.id();
        orders.insert(id, number, order, Order.OrderStatus.RECEIVED, OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
        return id;
    }

    /** Orders RECEIVED or IN_PROGRESS now. */
    public long countOngoing(AccountRange range) {
        return orders.count(range, true, clock.instant());
    }

    public Optional<Order> find(AccountRange range, String orderId) {
        return orders.find(range, orderId, clock.instant());
    }
}
