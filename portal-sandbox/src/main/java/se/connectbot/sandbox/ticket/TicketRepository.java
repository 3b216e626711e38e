package se.connectbot.sandbox.ticket;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.connectbot.portal.api.Ticket;
import se.connectbot.portal.api.TicketCategory;
import se.connectbot.portal.api.TicketPriority;
import se.connectbot.portal.api.TicketStatus;
import se.connectbot.sandbox.account.AccountRange;
import se.connectbot.sandbox.account.Where;
import se.connectbot.sandbox.web.Paging;

/** Reads and writes tickets and their messages; reads always within an {@link AccountRange}. */
@Repository
class TicketRepository {

    private static final String SELECT = "select t.* from ticket t join account a on a.id = t.account_id";

    private final JdbcClient jdbc;

    TicketRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Ticket> list(AccountRange range, boolean ongoing, Paging paging) {
        Where where = where(range, ongoing).param("limit", paging.size()).param("offset", paging.offset());
        return jdbc.sql(SELECT + " where " + where.sql() + " order by t.updated_at desc, t.id desc limit :limit offset :offset")
                .params(where.params())
                .query((rs, n) -> ticket(rs, List.of()))
                .list();
    }

    long count(AccountRange range, boolean ongoing) {
        Where where = where(range, ongoing);
        return jdbc.sql("select count(*) from ticket t join account a on a.id = t.account_id where " + where.sql())
                .params(where.params()).query(Long.class).single();
    }

    private static Where where(AccountRange range, boolean ongoing) {
        Where where = Where.in(range, "a");
        return ongoing ? where.and("t.status <> 'CLOSED'") : where;
    }

    Optional<Ticket> find(AccountRange range, String id) {
        Where where = Where.in(range, "a").and("t.id = :id", "id", id);
        return jdbc.sql(SELECT + " where " + where.sql()).params(where.params())
                .query((rs, n) -> ticket(rs, messages(id)))
                .optional();
    }

    Optional<Ticket.Message> message(String messageId) {
        return jdbc.sql("select * from ticket_message where id = :id").param("id", messageId)
                .query(TicketRepository::message).optional();
    }

    /** The path of the account a service in {@code range} is on. */
    Optional<ServiceAccount> serviceAccount(AccountRange range, String serviceId) {
        Where where = Where.in(range, "a").and("s.id = :id", "id", serviceId);
        return jdbc.sql("select a.id, a.path from service s join account a on a.id = s.account_id where " + where.sql())
                .params(where.params())
                .query((rs, n) -> new ServiceAccount(rs.getString("id"), rs.getString("path")))
                .optional();
    }

    long[] nextTicketIds() {
        return jdbc.sql("select nextval('ticket_id_seq') as id, nextval('ticket_number_seq') as number")
                .query((rs, n) -> new long[] {rs.getLong("id"), rs.getLong("number")}).single();
    }

    String nextMessageId() {
        return "msg-" + jdbc.sql("select nextval('ticket_message_id_seq')").query(Long.class).single();
    }

    void insertTicket(String id, String number, TicketCategory category, @Nullable TicketPriority priority, String title,
            String accountId, @Nullable String serviceId, Instant at, String createdBy) {
        jdbc.sql("""
                insert into ticket (id, number, category, priority, status, title, account_id, service_id,
                                    created_at, updated_at, created_by)
                values (:id, :number, :category, :priority, 'OPEN', :title, :account, :service, :at, :at, :createdBy)""")
                .param("id", id).param("number", number).param("category", category.name())
                .param("priority", priority == null ? null : priority.name()).param("title", title)
                .param("account", accountId).param("service", serviceId).param("at", utc(at)).param("createdBy", createdBy)
                .update();
    }

    void insertMessage(String id, String ticketId, String author, boolean fromSupport, String text, Instant at) {
        jdbc.sql("""
                insert into ticket_message (id, ticket_id, author, from_support, text, sent_at)
                values (:id, :ticket, :author, :fromSupport, :text, :at)""")
                .param("id", id).param("ticket", ticketId).param("author", author).param("fromSupport", fromSupport)
                .param("text", text).param("at", utc(at))
                .update();
    }

    /** Marks a customer's reply: the ticket was updated, and one waiting for the customer is worked on again. */
    void customerReplied(String ticketId, Instant at) {
        jdbc.sql("""
                update ticket set updated_at = :at,
                       status = case when status = 'WAITING_FOR_CUSTOMER' then 'IN_PROGRESS' else status end
                where id = :id""")
                .param("id", ticketId).param("at", utc(at)).update();
    }

    private List<Ticket.Message> messages(String ticketId) {
        return jdbc.sql("select * from ticket_message where ticket_id = :id order by sent_at, id")
                .param("id", ticketId).query(TicketRepository::message).list();
    }

    private static Ticket.Message message(ResultSet rs, int row) throws SQLException {
        return new Ticket.Message(rs.getString("id"), rs.getString("author"), rs.getBoolean("from_support"),
                rs.getString("text"), rs.getObject("sent_at", OffsetDateTime.class).toInstant());
    }

    private static Ticket ticket(ResultSet rs, List<Ticket.Message> messages) throws SQLException {
        String priority = rs.getString("priority");
        return new Ticket(
                rs.getString("id"),
                rs.getString("number"),
                TicketCategory.valueOf(rs.getString("category")),
                priority == null ? null : TicketPriority.valueOf(priority),
                TicketStatus.valueOf(rs.getString("status")),
                rs.getString("title"),
                rs.getString("account_id"),
                rs.getString("service_id"),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                rs.getObject("updated_at", OffsetDateTime.class).toInstant(),
                rs.getString("created_by"),
                messages);
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    record ServiceAccount(String accountId, String accountPath) {
    }
}
