package se.connectbot.sandbox.service;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.connectbot.portal.api.ServiceDetail;
import se.connectbot.portal.api.ServiceKind;
import se.connectbot.portal.api.ServiceStatus;
import se.connectbot.portal.api.ServiceSummary;
import se.connectbot.sandbox.account.AccountRange;
import se.connectbot.sandbox.account.Where;
import se.connectbot.sandbox.web.Paging;

/** Reads services, always within an {@link AccountRange}. */
@Repository
class ServiceRepository {

    private static final String SELECT_SUMMARY = """
            select s.id, s.kind, s.name, s.status, s.account_id, coalesce(a.alias, a.company_name) as account_name,
                   s.phone_number, s.street, s.postcode, s.city, s.monthly_price, s.start_date
            from service s join account a on a.id = s.account_id
            """;

    private final JdbcClient jdbc;

    ServiceRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<ServiceSummary> list(AccountRange range, ServiceFilter filter, String orderBy, Paging paging) {
        Where where = where(range, filter).param("limit", paging.size()).param("offset", paging.offset());
        return jdbc.sql(SELECT_SUMMARY + " where " + where.sql() + " order by " + orderBy + " limit :limit offset :offset")
                .params(where.params())
                .query(ServiceRepository::summary)
                .list();
    }

    long count(AccountRange range, ServiceFilter filter) {
        Where where = where(range, filter);
        return jdbc.sql("select count(*) from service s join account a on a.id = s.account_id where " + where.sql())
                .params(where.params())
                .query(Long.class)
                .single();
    }

    private static Where where(AccountRange range, ServiceFilter filter) {
        Where where = Where.in(range, "a").and("s.status = :status", "status", filter.status().name());
        if (filter.kind() != null) {
            where.and("s.kind = :kind", "kind", filter.kind().name());
        }
        if (filter.text() != null) {
            String phone = PhoneNumbers.toE164(filter.text()).orElse("");
            where.and("""
                    (s.name ilike :text or s.id ilike :text or s.phone_number ilike :text or s.phone_number = :textPhone
                     or (s.street || ', ' || s.postcode || ' ' || s.city) ilike :text)""", "text", Where.containing(filter.text()))
                    .param("textPhone", phone);
        }
        if (filter.phoneNumber() != null) {
            where.and("exists (select 1 from service_number n where n.service_id = s.id and n.number = :phone)",
                    "phone", filter.phoneNumber());
        }
        return where;
    }

    Optional<ServiceSummary> find(AccountRange range, String id) {
        Where where = Where.in(range, "a").and("s.id = :id", "id", id);
        return jdbc.sql(SELECT_SUMMARY + " where " + where.sql()).params(where.params())
                .query(ServiceRepository::summary)
                .optional();
    }

    Optional<ServiceDetail.Broadband> broadband(String serviceId, Instant now) {
        return jdbc.sql("select * from broadband_detail where service_id = :id").param("id", serviceId)
                .query((rs, n) -> new ServiceDetail.Broadband(rs.getString("access_type"), rs.getInt("downstream_mbps"),
                        rs.getInt("upstream_mbps"), monitoring(rs, now)))
                .optional();
    }

    /**
     * A service that is up (or degraded) was seen by the monitoring's latest poll, a minute
     * ago at most; one that is down was last seen when it went down.
     */
    private static ServiceDetail.@Nullable Monitoring monitoring(ResultSet rs, Instant now) throws SQLException {
        if (!rs.getBoolean("monitored")) {
            return null;
        }
        ServiceDetail.MonitoringState state = ServiceDetail.MonitoringState.valueOf(rs.getString("monitoring_state"));
        Instant since = rs.getObject("state_since", OffsetDateTime.class).toInstant();
        Instant lastSeen = state == ServiceDetail.MonitoringState.DOWN
                ? rs.getObject("last_seen", OffsetDateTime.class).toInstant()
                : now.truncatedTo(ChronoUnit.MINUTES);
        return new ServiceDetail.Monitoring(state, lastSeen, since);
    }

    Optional<MobileRow> mobile(String serviceId) {
        return jdbc.sql("select * from mobile_detail where service_id = :id").param("id", serviceId)
                .query((rs, n) -> new MobileRow(
                        rs.getString("subscription_user"),
                        rs.getString("price_plan"),
                        rs.getString("sim_card_number"),
                        (Long) rs.getObject("plan_allowance_mb"),
                        rs.getObject("usage_month", LocalDate.class),
                        rs.getLong("data_used_mb"),
                        rs.getInt("call_minutes"),
                        rs.getInt("sms_count"),
                        rs.getInt("mms_count"),
                        longs(rs.getArray("trend_mb")),
                        strings(rs.getArray("add_ons")),
                        strings(rs.getArray("barrings")),
                        rs.getLong("topup_mb"),
                        rs.getObject("topup_month", LocalDate.class)))
                .optional();
    }

    Optional<Integer> sipChannels(String serviceId) {
        return jdbc.sql("select channels from sip_trunk_detail where service_id = :id").param("id", serviceId)
                .query(Integer.class).optional();
    }

    List<String> numbers(String serviceId) {
        return jdbc.sql("select number from service_number where service_id = :id order by position")
                .param("id", serviceId).query(String.class).list();
    }

    private static ServiceSummary summary(ResultSet rs, int row) throws SQLException {
        String street = rs.getString("street");
        String address = street == null ? null : street + ", " + rs.getString("postcode") + " " + rs.getString("city");
        return new ServiceSummary(
                rs.getString("id"),
                ServiceKind.valueOf(rs.getString("kind")),
                rs.getString("name"),
                ServiceStatus.valueOf(rs.getString("status")),
                rs.getString("account_id"),
                rs.getString("account_name"),
                rs.getString("phone_number"),
                address,
                rs.getBigDecimal("monthly_price"),
                rs.getObject("start_date", LocalDate.class));
    }

    private static List<Long> longs(Array array) throws SQLException {
        List<Long> values = new ArrayList<>();
        for (Object value : (Object[]) array.getArray()) {
            values.add(((Number) value).longValue());
        }
        return values;
    }

    private static List<String> strings(Array array) throws SQLException {
        return Arrays.stream((Object[]) array.getArray()).map(String::valueOf).toList();
    }

    /** The stored mobile details, before they are read against the current month. */
    record MobileRow(
            String subscriptionUser,
            String pricePlan,
            String simCardNumber,
            @Nullable Long planAllowanceMb,
            LocalDate usageMonth,
            long dataUsedMb,
            int callMinutes,
            int smsCount,
            int mmsCount,
            List<Long> trendMb,
            List<String> addOns,
            List<String> barrings,
            long topUpMb,
            @Nullable LocalDate topUpMonth) {
    }
}
