package se.connectbot.sandbox.account;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The where clause of a query that reads inside an {@link AccountRange}: it starts with the
 * range's condition, so a query built on it cannot forget the user's scope. Add further
 * conditions with named parameters. Not thread-safe; one per query.
 */
public final class Where {

    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> params = new HashMap<>();

    private Where(AccountRange range, String accountAlias) {
        conditions.add(range.condition(accountAlias));
        params.putAll(range.params());
    }

    /** @param accountAlias the alias of the account table in the query */
    public static Where in(AccountRange range, String accountAlias) {
        return new Where(range, accountAlias);
    }

    public Where and(String condition) {
        conditions.add(condition);
        return this;
    }

    public Where and(String condition, String param, Object value) {
        conditions.add(condition);
        params.put(param, value);
        return this;
    }

    public Where param(String name, Object value) {
        params.put(name, value);
        return this;
    }

    /** The conditions joined with {@code and}, without the {@code where} keyword. */
    public String sql() {
        return String.join(" and ", conditions);
    }

    public Map<String, Object> params() {
        return new HashMap<>(params);
    }

    /** Escapes {@code text} for a {@code like}/{@code ilike} that finds it anywhere. */
    public static String containing(String text) {
        return "%" + AccountRange.likePrefix(text);
    }
}
