package se.connectbot.sandbox;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What a user may see, worked out independently of the sandbox's code: the scope by walking
 * the account tree's parent links (the code matches path prefixes), statuses from the raw
 * columns in Java (the code derives them in SQL). Tests compare the API's answers with it.
 */
public final class Oracle {

    private static final String SCOPE = """
            with recursive scope(id) as (
                select a.id from account a join portal_user u on u.scope_account_id = a.id where u.username = ?
                union all
                select c.id from account c join scope s on c.parent_id = s.id)
            """;

    private final JdbcTemplate jdbc;
    private final Clock clock;

    Oracle(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public Set<String> accounts(String username) {
        return new HashSet<>(jdbc.queryForList(SCOPE + "select id from scope", String.class, username));
    }

    public Set<String> services(String username) {
        return ids(SCOPE + "select s.id from service s where s.account_id in (select id from scope)", username);
    }

    public Set<String> activeServices(String username) {
        return ids(SCOPE + "select s.id from service s where s.status = 'ACTIVE' and s.account_id in (select id from scope)", username);
    }

    public Set<String> invoices(String username) {
        return ids(SCOPE + "select i.id from invoice i where i.account_id in (select id from scope)", username);
    }

    /** Invoices not paid by today: UNPAID and OVERDUE. */
    public Set<String> unpaidInvoices(String username) {
        LocalDate today = LocalDate.now(clock);
        Set<String> unpaid = new HashSet<>();
        jdbc.query(SCOPE + "select i.id, i.paid_date from invoice i where i.account_id in (select id from scope)", rs -> {
            java.sql.Date paid = rs.getDate("paid_date");
            if (paid == null || paid.toLocalDate().isAfter(today)) {
                unpaid.add(rs.getString("id"));
            }
        }, username);
        return unpaid;
    }

    public Set<String> tickets(String username) {
        return ids(SCOPE + "select t.id from ticket t where t.account_id in (select id from scope)", username);
    }

    public Set<String> ongoingTickets(String username) {
        return ids(SCOPE + "select t.id from ticket t where t.status <> 'CLOSED' and t.account_id in (select id from scope)", username);
    }

    public Set<String> orders(String username) {
        return ids(SCOPE + "select o.id from customer_order o where o.account_id in (select id from scope)", username);
    }

    /** RECEIVED or IN_PROGRESS, and not done by itself yet. */
    public Set<String> ongoingOrders(String username) {
        Set<String> ongoing = new HashSet<>();
        jdbc.query(SCOPE + "select o.id, o.status, o.completes_at from customer_order o where o.account_id in (select id from scope)",
                rs -> {
                    String status = rs.getString("status");
                    Timestamp completes = rs.getTimestamp("completes_at");
                    boolean done = completes != null && !completes.toInstant().isAfter(clock.instant());
                    if ((status.equals("RECEIVED") || status.equals("IN_PROGRESS")) && !done) {
                        ongoing.add(rs.getString("id"));
                    }
                }, username);
        return ongoing;
    }

    /** Some id from {@code table} of the organisation named {@code organisation}, for probing from outside it. */
    public String anyIdOf(String table, String organisation) {
        return jdbc.queryForObject("select x.id from " + table + " x join account a on a.id = x.account_id"
                + " join organisation o on o.id = a.organisation_id where o.name = ? order by x.id limit 1", String.class, organisation);
    }

    public String accountIdByAlias(String alias) {
        return jdbc.queryForObject("select id from account where alias = ?", String.class, alias);
    }

    public String organisationIdOf(String username) {
        return jdbc.queryForObject("select organisation_id from portal_user where username = ?", String.class, username);
    }

    private Set<String> ids(String sql, String username) {
        List<String> ids = jdbc.queryForList(sql, String.class, username);
        return new HashSet<>(ids);
    }
}
