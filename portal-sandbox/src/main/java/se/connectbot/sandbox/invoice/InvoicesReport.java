package se.connectbot.sandbox.invoice;

import static se.connectbot.portal.api.ReportDefinition.ColumnType.DATE;
import static se.connectbot.portal.api.ReportDefinition.ColumnType.MONEY;
import static se.connectbot.portal.api.ReportDefinition.ColumnType.TEXT;
import static se.connectbot.sandbox.report.Cells.column;

import java.time.Clock;
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

/** The INVOICES report: every invoice's header, by invoice number. */
@Component
class InvoicesReport implements ReportSource {

    private static final ReportDefinition DEFINITION = new ReportDefinition(ReportKind.INVOICES, "Fakturor", List.of(
            column("number", "Fakturanummer", TEXT),
            column("accountName", "Konto", TEXT),
            column("issueDate", "Fakturadatum", DATE),
            column("dueDate", "Förfallodatum", DATE),
            column("period", "Period", TEXT),
            column("totalExclVat", "Belopp exkl. moms", MONEY),
            column("vat", "Moms", MONEY),
            column("total", "Att betala", MONEY),
            column("status", "Status", TEXT),
            column("ocr", "OCR-nummer", TEXT),
            column("paidDate", "Betaldatum", DATE)));

    private final JdbcClient jdbc;
    private final Clock clock;

    InvoicesReport(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public ReportDefinition definition() {
        return DEFINITION;
    }

    @Override
    public Right dataRight() {
        return Right.VIEW_INVOICES;
    }

    @Override
    public Slice rows(AccountRange range, @Nullable String after, int size) {
        Where where = Where.in(range, "a").param("limit", size + 1).param("today", LocalDate.now(clock));
        if (after != null) {
            where.and("i.number > :after collate \"C\"", "after", after);
        }
        List<List<String>> rows = jdbc.sql("select i.*, coalesce(a.alias, a.company_name) as account_name, "
                        + InvoiceRepository.STATUS + " as status from invoice i join account a on a.id = i.account_id where "
                        + where.sql() + " order by i.number collate \"C\" limit :limit")
                .params(where.params())
                .query((rs, n) -> List.of(
                        rs.getString("number"),
                        rs.getString("account_name"),
                        Cells.date(rs.getObject("issue_date", LocalDate.class)),
                        Cells.date(rs.getObject("due_date", LocalDate.class)),
                        rs.getString("period"),
                        Cells.money(rs.getBigDecimal("total_excl_vat")),
                        Cells.money(rs.getBigDecimal("vat")),
                        Cells.money(rs.getBigDecimal("total")),
                        rs.getString("status"),
                        rs.getString("ocr"),
                        Cells.date(rs.getObject("paid_date", LocalDate.class))))
                .list();
        return Slice.cut(rows, size, row -> row.get(0));
    }
}
