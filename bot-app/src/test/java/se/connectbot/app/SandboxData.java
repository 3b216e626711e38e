package se.connectbot.app;

import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.connectbot.app.sandbox.RunningSandbox;

/**
 * What the in-process sandbox portal holds, read straight from its database, so that the tests
 * expect what the portal really has (and count what the bot really ordered) instead of
 * hard-coding demo data. Everything is within one portal user's scope (their account and the
 * accounts below it), as the portal shows it to them.
 */
final class SandboxData {

    private final JdbcClient jdbc;

    SandboxData(RunningSandbox sandbox) {
        this.jdbc = JdbcClient.create(sandbox.context().getBean(DataSource.class));
    }

    JdbcClient jdbc() {
        return jdbc;
    }

    /** A service in scope to ask the status of: an active mobile subscription's name and number. */
    record Mobile(String name, String phoneNumber) {
    }

    Mobile activeMobile(String username) {
        return jdbc.sql(inScope(username, "select s.name, s.phone_number from service s join account a on a.id = s.account_id",
                        "s.kind = 'MOBILE' and s.status = 'ACTIVE' and s.phone_number is not null order by s.name, s.id limit 1"))
                .param("username", username)
                .query((rs, n) -> new Mobile(rs.getString(1), rs.getString(2)))
                .single();
    }

    String organisation(String username) {
        return jdbc.sql("select o.name from organisation o join portal_user u on u.organisation_id = o.id where u.username = :username")
                .param("username", username).query(String.class).single();
    }

    long activeServices(String username) {
        return count(username, "service s join account a on a.id = s.account_id", "s.status = 'ACTIVE'");
    }

    long invoices(String username) {
        return count(username, "invoice i join account a on a.id = i.account_id", "true");
    }

    String newestInvoice(String username) {
        return jdbc.sql(inScope(username, "select i.number from invoice i join account a on a.id = i.account_id",
                        "true order by i.issue_date desc, i.number desc limit 1"))
                .param("username", username).query(String.class).single();
    }

    long ongoingTickets(String username) {
        return count(username, "ticket t join account a on a.id = t.account_id", "t.status <> 'CLOSED'");
    }

    Optional<String> newestOngoingTicket(String username) {
        return jdbc.sql(inScope(username, "select t.number from ticket t join account a on a.id = t.account_id",
                        "t.status <> 'CLOSED' order by t.updated_at desc, t.id desc limit 1"))
                .param("username", username).query(String.class).optional();
    }

    /** Orders received or in progress now (a top-up completes at its {@code completes_at}). */
    Optional<String> newestOngoingOrder(String username) {
        return jdbc.sql(inScope(username, "select o.number from customer_order o join account a on a.id = o.account_id",
                        "o.status in ('RECEIVED', 'IN_PROGRESS') and (o.completes_at is null or o.completes_at > now())"
                                + " order by o.created_at desc, o.id desc limit 1"))
                .param("username", username).query(String.class).optional();
    }

    Optional<String> activeOutageTitle() {
        return jdbc.sql("select title from outage where status = 'ACTIVE' order by started_at desc limit 1").query(String.class).optional();
    }

    /** The numbers of every order in the portal, oldest first (what a test placed is what is new). */
    List<String> orderNumbers() {
        return jdbc.sql("select number from customer_order order by created_at, id").query(String.class).list();
    }

    List<String> ticketsTitled(String title) {
        return jdbc.sql("select number from ticket where title = :title order by created_at").param("title", title)
                .query(String.class).list();
    }

    List<String> tablesLike(String pattern) {
        return jdbc.sql("select table_name from information_schema.tables where table_schema = current_schema() and table_name like :p")
                .param("p", pattern).query(String.class).list();
    }

    private long count(String username, String from, String condition) {
        return jdbc.sql(inScope(username, "select count(*) from " + from, condition))
                .param("username", username).query(Long.class).single();
    }

    private static String inScope(String username, String select, String condition) {
        return select + " where a.path like (select sa.path from account sa join portal_user u on u.scope_account_id = sa.id"
                + " where u.username = :username) || '%' and " + condition;
    }
}
