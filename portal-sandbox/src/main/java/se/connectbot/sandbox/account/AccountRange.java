package se.connectbot.sandbox.account;

import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Which accounts a query may read: those whose path starts with {@code pathPrefix} (a branch
 * of the tree inside the user's scope), or, with {@code onlyAccountId}, just that one account.
 * Obtain one from {@link AccountScopes}, never build one from request input.
 */
public record AccountRange(String pathPrefix, @Nullable String onlyAccountId) {

    /** A SQL condition on the account table aliased {@code alias}; bind {@link #params()}. */
    public String condition(String alias) {
        String prefix = alias + ".path like :rangePrefix";
        return onlyAccountId == null ? prefix : prefix + " and " + alias + ".id = :rangeAccount";
    }

    public Map<String, Object> params() {
        Map<String, Object> params = new HashMap<>();
        params.put("rangePrefix", likePrefix(pathPrefix));
        if (onlyAccountId != null) {
            params.put("rangeAccount", onlyAccountId);
        }
        return params;
    }

    static String likePrefix(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
