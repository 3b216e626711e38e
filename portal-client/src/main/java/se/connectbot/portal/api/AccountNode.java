package se.connectbot.portal.api;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** A node of the account tree as the user may see it; the roots are the user's scope. */
public record AccountNode(String id, String name, @Nullable String alias, List<AccountNode> children) {

    public AccountNode {
        children = List.copyOf(children);
    }
}
