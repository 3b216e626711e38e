package se.connectbot.core.engine;

import java.util.Optional;
import org.jspecify.annotations.Nullable;
import se.connectbot.core.chat.ChatUser;
import se.connectbot.core.command.Session;
import se.connectbot.core.command.SignInRequired;
import se.connectbot.core.linking.AccountLinking;
import se.connectbot.core.linking.LinkedAccount;
import se.connectbot.core.rights.Capability;
import se.connectbot.core.rights.Decision;
import se.connectbot.core.rights.RightsPolicy;
import se.connectbot.portal.api.Me;
import se.connectbot.portal.api.PortalApi;
import se.connectbot.portal.api.UserPortal;

/** A chat user's session for one inbound event; reads the link and {@code me} at most once. Not thread-safe. */
final class EngineSession implements Session {

    private final ChatUser user;
    private final AccountLinking linking;
    private final PortalApi api;
    private final RightsPolicy policy;
    private @Nullable Optional<LinkedAccount> account;
    private @Nullable UserPortal portal;
    private @Nullable Me me;

    EngineSession(ChatUser user, AccountLinking linking, PortalApi api, RightsPolicy policy) {
        this.user = user;
        this.linking = linking;
        this.api = api;
        this.policy = policy;
    }

    @Override
    public boolean signedIn() {
        if (account == null) {
            account = linking.find(user);
        }
        return account.isPresent();
    }

    @Override
    public Optional<String> linkedUsername() {
        return signedIn() ? account.map(LinkedAccount::username) : Optional.empty();
    }

    @Override
    public UserPortal portal() {
        if (!signedIn()) {
            throw new SignInRequired();
        }
        if (portal == null) {
            portal = api.forUser(linking.tokens(user));
        }
        return portal;
    }

    @Override
    public Me me() {
        if (me == null) {
            me = portal().me();
        }
        return me;
    }

    @Override
    public Decision decide(Capability capability) {
        return policy.decide(me(), capability);
    }
}
