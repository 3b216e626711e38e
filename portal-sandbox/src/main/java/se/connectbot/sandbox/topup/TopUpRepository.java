package se.connectbot.sandbox.topup;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.connectbot.portal.api.DataPackage;
import se.connectbot.portal.api.ServiceKind;
import se.connectbot.portal.api.ServiceStatus;
import se.connectbot.sandbox.account.AccountRange;
import se.connectbot.sandbox.account.Where;

/** The data packages, the subscriptions they apply to and their monthly top-up allowance. */
@Repository
class TopUpRepository {

    private final JdbcClient jdbc;

    TopUpRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<DataPackage> packages() {
        return jdbc.sql("select id, name, data_gb, price from data_package order by sort_order")
                .query((rs, n) -> new DataPackage(rs.getString("id"), rs.getString("name"), rs.getInt("data_gb"), rs.getBigDecimal("price")))
                .list();
    }

    Optional<Subscription> subscription(AccountRange range, String serviceId) {
        Where where = Where.in(range, "a").and("s.id = :id", "id", serviceId);
        return jdbc.sql("""
                select s.id, s.account_id, s.kind, s.status, s.phone_number, m.plan_allowance_mb
                from service s join account a on a.id = s.account_id
                left join mobile_detail m on m.service_id = s.id
                """ + " where " + where.sql())
                .params(where.params())
                .query((rs, n) -> new Subscription(rs.getString("id"), rs.getString("account_id"),
                        ServiceKind.valueOf(rs.getString("kind")), ServiceStatus.valueOf(rs.getString("status")),
                        rs.getString("phone_number"), (Long) rs.getObject("plan_allowance_mb")))
                .optional();
    }

    /** Adds {@code megabytes} to the subscription's top-ups for {@code month} (its first day). */
    void addToAllowance(String serviceId, long megabytes, LocalDate month) {
        jdbc.sql("""
                update mobile_detail
                set topup_mb = case when topup_month = :month then topup_mb + :mb else :mb end, topup_month = :month
                where service_id = :id""")
                .param("id", serviceId).param("mb", megabytes).param("month", month)
                .update();
    }
}
