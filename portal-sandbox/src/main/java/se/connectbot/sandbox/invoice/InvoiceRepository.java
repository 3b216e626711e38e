package se.connectbot.sandbox.invoice;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.connectbot.portal.api.Invoice;
import se.connectbot.portal.api.InvoiceStatus;
import se.connectbot.sandbox.account.AccountRange;
import se.connectbot.sandbox.account.Where;
import se.connectbot.sandbox.web.Paging;

/** Reads invoices within an {@link AccountRange}, their status as of {@code today}. */
@Repository
class InvoiceRepository {

    /** The status as of {@code :today}. */
    static final String STATUS = """
            case when i.paid_date is not null and i.paid_date <= :today then 'PAID'
                 when i.due_date < :today then 'OVERDUE' else 'UNPAID' end""";

    private static final String SELECT = "select i.*, coalesce(a.alias, a.company_name) as account_name, "
            + STATUS + " as status from invoice i join account a on a.id = i.account_id";

    private final JdbcClient jdbc;

    InvoiceRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Invoice> list(AccountRange range, @Nullable InvoiceStatus status, @Nullable String number, LocalDate today, Paging paging) {
        Where where = where(range, status, number, today).param("limit", paging.size()).param("offset", paging.offset());
        return jdbc.sql(SELECT + " where " + where.sql() + " order by i.issue_date desc, i.number desc limit :limit offset :offset")
                .params(where.params())
                .query((rs, n) -> invoice(rs, List.of()))
                .list();
    }

    long count(AccountRange range, @Nullable InvoiceStatus status, @Nullable String number, LocalDate today) {
        Where where = where(range, status, number, today);
        return jdbc.sql("select count(*) from invoice i join account a on a.id = i.account_id where " + where.sql())
                .params(where.params()).query(Long.class).single();
    }

    private static Where where(AccountRange range, @Nullable InvoiceStatus status, @Nullable String number, LocalDate today) {
        Where where = Where.in(range, "a").param("today", today);
        if (status != null) {
            where.and("(" + STATUS + ") = :status", "status", status.name());
        }
        if (number != null) {
            where.and("i.number = :number", "number", number);
        }
        return where;
    }

    Optional<Invoice> find(AccountRange range, String id, LocalDate today) {
        Where where = Where.in(range, "a").and("i.id = :id", "id", id).param("today", today);
        return jdbc.sql(SELECT + " where " + where.sql()).params(where.params())
                .query((rs, n) -> invoice(rs, lines(id)))
                .optional();
    }

    /** The invoice's recipient as printed on the PDF; the invoice was found in scope first. */
    Recipient recipient(String accountId) {
        return jdbc.sql("""
                select company_name, organisation_number, invoice_reference, invoice_name, invoice_street,
                       invoice_street_number, invoice_postcode, invoice_city
                from account where id = :id""")
                .param("id", accountId)
                .query((rs, n) -> new Recipient(rs.getString("company_name"), rs.getString("organisation_number"),
                        rs.getString("invoice_reference"), rs.getString("invoice_name"),
                        rs.getString("invoice_street") + " " + rs.getString("invoice_street_number"),
                        rs.getString("invoice_postcode") + " " + rs.getString("invoice_city")))
                .single();
    }

    private List<Invoice.Line> lines(String invoiceId) {
        return jdbc.sql("""
                select description, service_id, quantity, unit_price, amount from invoice_line
                where invoice_id = :id order by position""")
                .param("id", invoiceId)
                .query((rs, n) -> new Invoice.Line(rs.getString("description"), rs.getString("service_id"),
                        rs.getBigDecimal("quantity"), rs.getBigDecimal("unit_price"), rs.getBigDecimal("amount")))
                .list();
    }

    private static Invoice invoice(ResultSet rs, List<Invoice.Line> lines) throws SQLException {
        return new Invoice(
                rs.getString("id"),
                rs.getString("number"),
                rs.getString("account_id"),
                rs.getString("account_name"),
                rs.getObject("issue_date", LocalDate.class),
                rs.getObject("due_date", LocalDate.class),
                rs.getString("period"),
                rs.getBigDecimal("total_excl_vat"),
                rs.getBigDecimal("vat"),
                rs.getBigDecimal("total"),
                InvoiceStatus.valueOf(rs.getString("status")),
                rs.getString("ocr"),
                rs.getObject("paid_date", LocalDate.class),
                lines);
    }

    /** Who the invoice is addressed to. */
    record Recipient(String companyName, String organisationNumber, @Nullable String invoiceReference,
            String name, String streetLine, String postcodeLine) {
    }
}
