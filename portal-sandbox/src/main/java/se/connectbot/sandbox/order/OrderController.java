package se.connectbot.sandbox.order;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Clock;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import se.connectbot.portal.api.Order;
import se.connectbot.portal.api.Page;
import se.connectbot.portal.api.Right;
import se.connectbot.sandbox.account.AccountRange;
import se.connectbot.sandbox.account.AccountScopes;
import se.connectbot.sandbox.user.PortalUser;
import se.connectbot.sandbox.web.ApiId;
import se.connectbot.sandbox.web.NotFoundException;
import se.connectbot.sandbox.web.Paging;

/**
 * The orders list (newest first) and one order. Seeing orders needs
 * {@link Right#VIEW_SERVICES}: they are the services' history; placing one needs more.
 */
@RestController
@RequestMapping("/api/v1/orders")
class OrderController {

    private final OrderRepository orders;
    private final AccountScopes scopes;
    private final Clock clock;

    OrderController(OrderRepository orders, AccountScopes scopes, Clock clock) {
        this.orders = orders;
        this.scopes = scopes;
        this.clock = clock;
    }

    @GetMapping
    Page<Order> orders(
            PortalUser user,
            @RequestParam(defaultValue = "false") boolean ongoing,
            @RequestParam(required = false) @ApiId @Nullable String accountId,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(Paging.MAX_SIZE) int size) {
        user.require(Right.VIEW_SERVICES);
        AccountRange range = scopes.range(user, accountId == null || accountId.isBlank() ? null : accountId.trim(), true);
        Paging paging = new Paging(page, size);
        Instant now = clock.instant();
        return paging.page(orders.list(range, ongoing, now, paging), orders.count(range, ongoing, now));
    }

    @GetMapping("/{orderId}")
    Order order(PortalUser user, @PathVariable @ApiId String orderId) {
        user.require(Right.VIEW_SERVICES);
        return orders.find(scopes.all(user), orderId, clock.instant()).orElseThrow(() -> new NotFoundException("Order", orderId));
    }
}
