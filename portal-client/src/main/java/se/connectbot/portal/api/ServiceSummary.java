package se.connectbot.portal.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A row of the services list.
 *
 * @param phoneNumber   the main number for mobile, cloud PBX and SIP trunk services, E.164
 * @param address       the installation address for fixed services
 * @param monthlyPrice  SEK excluding VAT
 */
public record ServiceSummary(
        String id,
        ServiceKind kind,
        String name,
        ServiceStatus status,
        String accountId,
        String accountName,
        @Nullable String phoneNumber,
        @Nullable String address,
        BigDecimal monthlyPrice,
        LocalDate startDate) {
}
