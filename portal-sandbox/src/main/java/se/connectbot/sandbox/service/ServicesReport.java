package se.connectbot.sandbox.service;

import static se.connectbot.portal.api.ReportDefinition.ColumnType.DATE;
import static se.connectbot.portal.api.ReportDefinition.ColumnType.MONEY;
import static se.connectbot.portal.api.ReportDefinition.ColumnType.TEXT;
import static se.connectbot.sandbox.report.Cells.column;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import se.connectbot.portal.api.ReportDefinition;
import se.connectbot.portal.api.ReportKind;
import se.connectbot.portal.api.Right;
import se.connectbot.sandbox.account.AccountRange;
import se.connectbot.sandbox.account.Where;
import se.connectbot.sandbox.report.Cells;
import se.connectbot.sandbox.report.ReportSource;

/** The SERVICES report: every service in any status, by id. */
@Component
class ServicesReport implements ReportSource {

    private static final ReportDefinition DEFINITION = new ReportDefinition(ReportKind.SERVICES, "Tjänster", List.of(
            column("id", "Tjänste-ID", TEXT),
            column("name", "Tjänst", TEXT),
            column("kind", "Typ", TEXT),
            column("status", "Status", TEXT),
            column("accountName", "Konto", TEXT),
            column("phoneNumber", "Telefonnummer", TEXT),
            column("address", "Adress", TEXT),
            column("monthlyPrice", "Månadsavgift exkl. moms", MONEY),
            column("startDate", "Startdatum", DATE)));

    private final JdbcClient jdbc;

    ServicesReport(JdbcClient jdbc) {
        this.jdbc = jdbc;
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
        Where where = Where.in(range, "a").param("limit", size + 1);
        if (after != null) {
            where.and("s.id > :after collate \"C\"", "after", after);
        }
        List<List<String>> rows = jdbc.sql("""
                select s.id, s.name, s.kind, s.status, coalesce(a.alias, a.company_name) as account_name, s.phone_number,
                       s.street, s.postcode, s.city, s.monthly_price, s.start_date
                from service s join account a on a.id = s.account_id
                """ + " where " + where.sql() + " order by s.id collate \"C\" limit :limit")
                .params(where.params())
                .query((rs, n) -> List.of(
                        rs.getString("id"),
                        rs.getString("name"),
                        rs.getString("kind"),
                        rs.getString("status"),
                        rs.getString("account_name"),
                        Cells.text(rs.getString("phone_number")),
                        rs.getString("street") == null ? "" : rs.getString("street") + ", " + rs.getString("postcode") + " " + rs.getString("city"),
                        Cells.money(rs.getBigDecimal("monthly_price")),
                        Cells.date(rs.getObject("start_date", LocalDate.class))))
                .list();
        return Slice.cut(rows, size, row -> row.get(0));
    }
}
