package se.connectbot.sandbox.order;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import se.connectbot.portal.api.Order;

/**
 * An order to place, already checked by its caller (the account in the user's scope, the
 * service on that account).
 *
 * @param completesAt when the order is done by itself, or null when it waits for someone
 */
public record NewOrder(
        Order.OrderKind kind,
        String accountId,
        @Nullable String serviceId,
        String description,
        BigDecimal price,
        @Nullable LocalDate expectedCompletion,
        @Nullable Instant completesAt,
        String createdBy) {
}
