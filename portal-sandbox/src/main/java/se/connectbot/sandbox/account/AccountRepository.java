package se.connectbot.sandbox.account;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.connectbot.portal.api.Account;
import se.connectbot.portal.api.AccountNode;
import se.connectbot.portal.api.Address;

/** Reads accounts, always within an {@link AccountRange}. */
@Repository
class AccountRepository {

    /** Sub-accounts sort as Swedish readers expect: å, ä, ö after z. */
    private static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");

    private final JdbcClient jdbc;

    AccountRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The tree of accounts in {@code range}, its top account as the single root. */
    List<AccountNode> tree(AccountRange range) {
        List<Row> rows = jdbc.sql("select a.id, a.parent_id, a.company_name, a.alias from account a where "
                        + range.condition("a") + " order by a.path")
                .params(range.params())
                .query((rs, n) -> new Row(rs.getString("id"), rs.getString("parent_id"), rs.getString("company_name"), rs.getString("alias")))
                .list();
        Map<String, List<Row>> children = new LinkedHashMap<>();
        List<Row> roots = new ArrayList<>();
        Map<String, Row> byId = new LinkedHashMap<>();
        rows.forEach(row -> byId.put(row.id(), row));
        for (Row row : rows) {
            if (row.parentId() == null || !byId.containsKey(row.parentId())) {
                roots.add(row);
            } else {
                children.computeIfAbsent(row.parentId(), k -> new ArrayList<>()).add(row);
            }
        }
        return roots.stream().map(root -> node(root, children)).toList();
    }

    private static AccountNode node(Row row, Map<String, List<Row>> children) {
        List<AccountNode> below = children.getOrDefault(row.id(), List.of()).stream()
                .sorted(Comparator.comparing(Row::displayName, Collator.getInstance(SWEDISH)))
                .map(child -> node(child, children))
                .toList();
        return new AccountNode(row.id(), row.companyName(), row.alias(), below);
    }

    Optional<Account> find(AccountRange range, String id) {
        Map<String, Object> params = range.params();
        params.put("id", id);
        return jdbc.sql("select a.* from account a where a.id = :id and " + range.condition("a"))
                .params(params)
                .query(this::account)
                .optional();
    }

    private Account account(ResultSet rs, int row) throws SQLException {
        String id = rs.getString("id");
        return new Account(
                id,
                rs.getString("parent_id"),
                rs.getString("organisation_number"),
                rs.getString("company_name"),
                rs.getString("alias"),
                rs.getString("invoice_reference"),
                new Address(rs.getString("care_of"), rs.getString("street"), rs.getString("postcode"), rs.getString("city")),
                new Account.InvoiceAddress(rs.getString("invoice_name"), rs.getString("invoice_street"),
                        rs.getString("invoice_street_number"), rs.getString("invoice_postcode"), rs.getString("invoice_city")),
                contacts(id));
    }

    private List<Account.Contact> contacts(String accountId) {
        return jdbc.sql("select name, phone, mobile, email from account_contact where account_id = :id order by position")
                .param("id", accountId)
                .query((rs, n) -> new Account.Contact(rs.getString("name"), rs.getString("phone"), rs.getString("mobile"), rs.getString("email")))
                .list();
    }

    private record Row(String id, @Nullable String parentId, String companyName, @Nullable String alias) {
        String displayName() {
            return alias != null ? alias : companyName;
        }
    }
}
