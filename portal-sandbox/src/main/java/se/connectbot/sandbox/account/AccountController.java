package se.connectbot.sandbox.account;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import se.connectbot.portal.api.Account;
import se.connectbot.portal.api.AccountNode;
import se.connectbot.portal.api.Right;
import se.connectbot.sandbox.user.PortalUser;
import se.connectbot.sandbox.web.ApiId;
import se.connectbot.sandbox.web.NotFoundException;

/** The account tree and one account; both need {@link Right#VIEW_ACCOUNT_OVERVIEW}. */
@RestController
@RequestMapping("/api/v1/accounts")
class AccountController {

    private final AccountRepository accounts;
    private final AccountScopes scopes;

    AccountController(AccountRepository accounts, AccountScopes scopes) {
        this.accounts = accounts;
        this.scopes = scopes;
    }

    @GetMapping
    List<AccountNode> tree(PortalUser user) {
        user.require(Right.VIEW_ACCOUNT_OVERVIEW);
        return accounts.tree(scopes.all(user));
    }

    @GetMapping("/{accountId}")
    Account account(PortalUser user, @PathVariable @ApiId String accountId) {
        user.require(Right.VIEW_ACCOUNT_OVERVIEW);
        return accounts.find(scopes.all(user), accountId).orElseThrow(() -> new NotFoundException("Account", accountId));
    }
}
