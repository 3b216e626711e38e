package se.connectbot.sandbox.account;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import se.connectbot.sandbox.user.PortalUser;
import se.connectbot.sandbox.web.NotFoundException;

/**
 * Turns a user and an optional account filter into the {@link AccountRange} a query may read.
 * An account outside the user's scope is answered as not found. Thread-safe.
 */
@Component
public class AccountScopes {

    private final JdbcClient jdbc;

    AccountScopes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Everything the user may see. */
    public AccountRange all(PortalUser user) {
        return new AccountRange(user.scopePath(), null);
    }

    /**
     * The user's whole scope without {@code accountId}; else that account, with or without the
     * accounts below it.
     *
     * @throws NotFoundException when {@code accountId} is not within the user's scope
     */
    public AccountRange range(PortalUser user, @Nullable String accountId, boolean includeSubAccounts) {
        if (accountId == null) {
            return all(user);
        }
        String path = pathInScope(user, accountId);
        return new AccountRange(path, includeSubAccounts ? null : accountId);
    }

    /** @throws NotFoundException when {@code accountId} is not within the user's scope */
    public String pathInScope(PortalUser user, String accountId) {
        return jdbc.sql("select path from account where id = :id and path like :prefix")
                .param("id", accountId)
                .param("prefix", AccountRange.likePrefix(user.scopePath()))
                .query(String.class)
                .optional()
                .orElseThrow(() -> new NotFoundException("Account", accountId));
    }
}
