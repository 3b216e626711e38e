package se.connectbot.portal.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * An order (beställning).
 *
 * @param number             the order number people quote, e.g. {@code ORD-2026-000123}
 * @param expectedCompletion when the portal expects it done (for a top-up: its activation)
 * @param price              SEK including VAT
 */
public record Order(
        String id,
        String number,
        OrderKind kind,
        OrderStatus status,
        String accountId,
        @Nullable String serviceId,
        String description,
        BigDecimal price,
        Instant createdAt,
        @Nullable LocalDate expectedCompletion,
        String createdBy) {

    public enum OrderKind { TOP_UP, NEW_SERVICE, CHANGE_SERVICE, TERMINATION }

    public enum OrderStatus {
        RECEIVED, IN_PROGRESS, COMPLETED, CANCELLED;

        public boolean ongoing() {
            return this == RECEIVED || this == IN_PROGRESS;
        }
    }
}
