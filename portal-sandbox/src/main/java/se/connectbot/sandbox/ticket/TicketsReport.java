package se.connectbot.sandbox.ticket;

import static se.connectbot.portal.api.ReportDefinition.ColumnType.DATE;
import static se.connectbot.portal.api.ReportDefinition.ColumnType.TEXT;
import static se.connectbot.sandbox.report.Cells.column;

import java.time.Clock;
import java.time.OffsetDateTime;
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

/** The TICKETS report: every ticket, by ticket number; dates are Swedish calendar dates. */
@Component
class TicketsReport implements ReportSource {

    private static final ReportDefinition DEFINITION = new ReportDefinition(ReportKind.TICKETS, "Ärenden", List.of(
            column("number", "Ärendenummer", TEXT),
            column("category", "Kategori", TEXT),
            column("priority", "Prioritet", TEXT),
            column("status", "Status", TEXT),
            column("title", "Rubrik", TEXT),
            column("accountName", "Konto", TEXT),
            column("serviceId", "Tjänst", TEXT),
            column("createdAt", "Skapat", DATE),
            column("updatedAt", "Senast uppdaterat", DATE),
            column("createdBy", "Skapat av", TEXT)));

    private final JdbcClient jdbc;
    private final Clock clock;

    TicketsReport(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public ReportDefinition definition() {
        return DEFINITION;
    }

    @Override
    public Right dataRight() {
        return Right.HANDLE_TICKETS;
    }

    @Override
    public Slice rows(AccountRange range, @Nullable String after, int size) {
        Where where = Where.in(range, "a").param("limit", size + 1);
        if (after != null) {
            where.and("t.number > :after collate \"C\"", "after", after);
        }
        List<List<String>> rows = jdbc.sql("select t.*, coalesce(a.alias, a.company_name) as account_name"
                        + " from ticket t join account a on a.id = t.account_id where " + where.sql()
                        + " order by t.number collate \"C\" limit :limit")
                .params(where.params())
                .query((rs, n) -> List.of(
                        rs.getString("number"),
                        rs.getString("category"),
                        Cells.text(rs.getString("priority")),
                        rs.getString("status"),
                        rs.getString("title"),
                        rs.getString("account_name"),
                        Cells.text(rs.getString("service_id")),
                        date(rs.getObject("created_at", OffsetDateTime.class)),
                        date(rs.getObject("updated_at", OffsetDateTime.class)),
                        rs.getString("created_by")))
                .list();
        return Slice.cut(rows, size, row -> row.get(0));
    }

    private String date(OffsetDateTime at) {
        return at.atZoneSameInstant(clock.getZone()).toLocalDate().toString();
    }
}
