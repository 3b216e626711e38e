package se.connectbot.sandbox.service;

import static se.connectbot.portal.api.ReportDefinition.ColumnType.NUMBER;
import static se.connectbot.portal.api.ReportDefinition.ColumnType.TEXT;
import static se.connectbot.sandbox.report.Cells.column;

import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import se.connectbot.portal.api.ReportDefinition;
import se.connectbot.portal.api.ReportKind;
import se.connectbot.portal.api.Right;
import se.connectbot.portal.api.ServiceDetail;
import se.connectbot.sandbox.account.AccountRange;
import se.connectbot.sandbox.account.Where;
import se.connectbot.sandbox.report.Cells;
import se.connectbot.sandbox.report.ReportSource;
import se.connectbot.sandbox.web.Cursors;

/**
 * The MOBILE_USAGE report: per mobile subscription (by id) one row for each of the last twelve
 * months, oldest first; calls and messages are known for the current month only. A row's key
 * is {@code <service id>|<month>}; ids are ordered bytewise (collation "C"), as Java compares them.
 */
@Component
class MobileUsageReport implements ReportSource {

    private static final ReportDefinition DEFINITION = new ReportDefinition(ReportKind.MOBILE_USAGE, "Mobilanvändning", List.of(
            column("serviceId", "Tjänste-ID", TEXT),
            column("phoneNumber", "Telefonnummer", TEXT),
            column("subscriptionUser", "Användare", TEXT),
            column("accountName", "Konto", TEXT),
            column("pricePlan", "Abonnemang", TEXT),
            column("month", "Månad", TEXT),
            column("dataUsedMb", "Data (MB)", NUMBER),
            column("dataAllowanceMb", "Datapott (MB)", NUMBER),
            column("callMinutes", "Samtal (min)", NUMBER),
            column("smsCount", "SMS", NUMBER),
            column("mmsCount", "MMS", NUMBER)));

    private final JdbcClient jdbc;
    private final ServiceRepository services;
    private final Clock clock;

    MobileUsageReport(JdbcClient jdbc, ServiceRepository services, Clock clock) {
        this.jdbc = jdbc;
        this.services = services;
        this.clock = clock;
    }

    @Override
    public ReportDefinition definition() {
        return DEFINITION;
    }

    @Override
    public Right dataRight() {
        return Right.VIEW_SERVICES;
    }

    @Override
    public Slice rows(AccountRange range, @Nullable String after, int size) {
        Key from = after == null ? null : Key.parse(after);
        YearMonth current = YearMonth.now(clock);
        List<List<String>> rows = new ArrayList<>();
        String lastService = from == null ? null : from.serviceId();
        boolean first = true;
        while (rows.size() <= size) {
            List<Subscription> batch = subscriptions(range, lastService, first && from != null, size / 12 + 2);
            if (batch.isEmpty()) {
                break;
            }
            for (Subscription subscription : batch) {
                for (List<String> row : monthRows(subscription, current)) {
                    if (from == null || new Key(row.get(0), YearMonth.parse(row.get(5))).isAfter(from)) {
                        rows.add(row);
                    }
                }
                lastService = subscription.id();
            }
            first = false;
        }
        return Slice.cut(rows, size, row -> row.get(0) + "|" + row.get(5));
    }

    /** Mobile subscriptions after {@code afterId} (or from it, when {@code inclusive}), by id. */
    private List<Subscription> subscriptions(AccountRange range, @Nullable String afterId, boolean inclusive, int limit) {
        Where where = Where.in(range, "a").and("s.kind = 'MOBILE'").param("limit", limit);
        if (afterId != null) {
            where.and(inclusive ? "s.id >= :after collate \"C\"" : "s.id > :after collate \"C\"", "after", afterId);
        }
        return jdbc.sql("""
                select s.id, s.phone_number, coalesce(a.alias, a.company_name) as account_name
                from service s join account a on a.id = s.account_id
                """ + " where " + where.sql() + " order by s.id collate \"C\" limit :limit")
                .params(where.params())
                .query((rs, n) -> new Subscription(rs.getString("id"), rs.getString("phone_number"), rs.getString("account_name")))
                .list();
    }

    private List<List<String>> monthRows(Subscription subscription, YearMonth current) {
        ServiceDetail.Mobile mobile = MobileUsage.read(subscription.phoneNumber(), services.mobile(subscription.id()).orElseThrow(), current);
        List<List<String>> rows = new ArrayList<>();
        for (ServiceDetail.MonthlyUsage month : mobile.trend()) {
            boolean now = month.month().equals(current);
            rows.add(List.of(
                    subscription.id(),
                    subscription.phoneNumber(),
                    mobile.subscriptionUser(),
                    subscription.accountName(),
                    mobile.pricePlan(),
                    month.month().toString(),
                    Long.toString(month.dataUsedMb()),
                    now ? Cells.text(mobile.usage().dataAllowanceMb()) : "",
                    now ? Integer.toString(mobile.usage().callMinutes()) : "",
                    now ? Integer.toString(mobile.usage().smsCount()) : "",
                    now ? Integer.toString(mobile.usage().mmsCount()) : ""));
        }
        return rows;
    }

    private record Subscription(String id, String phoneNumber, String accountName) {
    }

    private record Key(String serviceId, YearMonth month) {

        static Key parse(String key) {
            int bar = key.lastIndexOf('|');
            try {
                if (bar > 0) {
                    return new Key(key.substring(0, bar), YearMonth.parse(key.substring(bar + 1)));
                }
            } catch (DateTimeParseException notMonth) {
                // refused below
            }
            throw Cursors.invalid(key);
        }

        boolean isAfter(Key other) {
            int byService = serviceId.compareTo(other.serviceId);
            return byService > 0 || byService == 0 && month.isAfter(other.month);
        }
    }
}
