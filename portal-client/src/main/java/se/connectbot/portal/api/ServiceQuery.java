package se.connectbot.portal.api;

import org.jspecify.annotations.Nullable;

/**
 * Filters, sorting and paging for the services list. Nulls mean "no filter"; a null status
 * means the portal's default (active only).
 *
 * @param includeSubAccounts with {@code accountId}: also the sub-accounts' services
 * @param text               free text over name, id, number and address
 * @param sort               a field name, optionally prefixed by {@code -} for descending
 */
public record ServiceQuery(
        @Nullable ServiceStatus status,
        @Nullable String accountId,
        boolean includeSubAccounts,
        @Nullable ServiceKind kind,
        @Nullable String text,
        @Nullable String phoneNumber,
        @Nullable String sort,
        int page,
        int size) {

    public static ServiceQuery all() {
        return new ServiceQuery(null, null, true, null, null, null, null, 0, Page.DEFAULT_SIZE);
    }

    public ServiceQuery withText(@Nullable String newText) {
        return new ServiceQuery(status, accountId, includeSubAccounts, kind, newText, phoneNumber, sort, page, size);
    }

    public ServiceQuery withPhoneNumber(@Nullable String number) {
        return new ServiceQuery(status, accountId, includeSubAccounts, kind, text, number, sort, page, size);
    }

    public ServiceQuery withKind(@Nullable ServiceKind newKind) {
        return new ServiceQuery(status, accountId, includeSubAccounts, newKind, text, phoneNumber, sort, page, size);
    }

    public ServiceQuery withStatus(@Nullable ServiceStatus newStatus) {
        return new ServiceQuery(newStatus, accountId, includeSubAccounts, kind, text, phoneNumber, sort, page, size);
    }

    public ServiceQuery withPage(int newPage, int newSize) {
        return new ServiceQuery(status, accountId, includeSubAccounts, kind, text, phoneNumber, sort, newPage, newSize);
    }
}
