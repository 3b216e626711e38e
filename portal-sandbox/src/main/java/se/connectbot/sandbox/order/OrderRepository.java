package se.connectbot.sandbox.order;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.connectbot.portal.api.Order;
import se.connectbot.sandbox.account.AccountRange;
import se.connectbot.sandbox.account.Where;
import se.connectbot.sandbox.web.Paging;

/**
 * Reads and writes orders within an {@link AccountRange}. An order that completes by itself
 * (a top-up) reads as COMPLETED from its {@code completes_at} on.
 */
@Repository
class OrderRepository {

    /** The status as of {@code :now}. */
    static final String STATUS = """
            case when o.status in ('RECEIVED', 'IN_PROGRESS') and o.completes_at <= :now then 'COMPLETED'
                 else o.status end""";

    private static final String SELECT = "select o.*, " + STATUS + " as effective_status"
            + " from customer_order o join account a on a.id = o.account_id";

    private final JdbcClient jdbc;

    OrderRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Order> list(AccountRange range, boolean ongoing, Instant now, Paging paging) {
        Where where = where(range, ongoing, now).param("limit", paging.size()).param("offset", paging.offset());
        return jdbc.sql(SELECT + " where " + where.sql() + " order by o.created_at desc, o.id desc limit :limit offset :offset")
                .params(where.params())
                .query(OrderRepository::order)
                .list();
    }

    long count(AccountRange range, boolean ongoing, Instant now) {
        Where where = where(range, ongoing, now);
        return jdbc.sql("select count(*) from customer_order o join account a on a.id = o.account_id where " + where.sql())
                .params(where.params()).query(Long.class).single();
    }

    private static Where where(AccountRange range, boolean ongoing, Instant now) {
        Where where = Where.in(range, "a").param("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
        return ongoing ? where.and("(" + STATUS + ") in ('RECEIVED', 'IN_PROGRESS')") : where;
    }

    Optional<Order> find(AccountRange range, String id, Instant now) {
        Where where = Where.in(range, "a").and("o.id = :id", "id", id).param("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
        return jdbc.sql(SELECT + " where " + where.sql()).params(where.params()).query(OrderRepository::order).optional();
    }

    Ids nextIds() {
        return jdbc.sql("select nextval('order_id_seq') as id, nextval('order_number_seq') as number")
                .query((rs, n) -> new Ids(rs.getLong("id"), rs.getLong("number"))).single();
    }

    void insert(String id, String number, NewOrder order, Order.OrderStatus status, OffsetDateTime createdAt) {
        jdbc.sql("""
                insert into customer_order (id, number, kind, status, account_id, service_id, description, price,
                                            created_at, expected_completion, completes_at, created_by)
                values (:id, :number, :kind, :status, :account, :service, :description, :price,
                        :createdAt, :expected, :completesAt, :createdBy)""")
                .param("id", id).param("number", number).param("kind", order.kind().name()).param("status", status.name())
                .param("account", order.accountId()).param("service", order.serviceId())
                .param("description", order.description()).param("price", order.price())
                .param("createdAt", createdAt).param("expected", order.expectedCompletion())
                .param("completesAt", order.completesAt() == null ? null : OffsetDateTime.ofInstant(order.completesAt(), ZoneOffset.UTC))
                .param("createdBy", order.createdBy())
                .update();
    }

    private static Order order(ResultSet rs, int row) throws SQLException {
        return new Order(
                rs.getString("id"),
                rs.getString("number"),
                Order.OrderKind.valueOf(rs.getString("kind")),
                Order.OrderStatus.valueOf(rs.getString("effective_status")),
                rs.getString("account_id"),
                rs.getString("service_id"),
                rs.getString("description"),
                rs.getBigDecimal("price"),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                rs.getObject("expected_completion", LocalDate.class),
                rs.getString("created_by"));
    }

    record Ids(long id, long number) {
    }
}
