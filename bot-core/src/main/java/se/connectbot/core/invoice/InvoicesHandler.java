package se.connectbot.core.invoice;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import se.connectbot.core.command.CommandButtons;
import se.connectbot.core.command.CommandHandler;
import se.connectbot.core.command.CommandRequest;
import se.connectbot.core.files.FileStore;
import se.connectbot.core.files.StoredFile;
import se.connectbot.core.i18n.Formats;
import se.connectbot.core.reply.Block;
import se.connectbot.core.reply.Reply;
import se.connectbot.core.rights.Capability;
import se.connectbot.portal.api.Document;
import se.connectbot.portal.api.Invoice;
import se.connectbot.portal.api.InvoiceQuery;
import se.connectbot.portal.api.InvoiceStatus;
import se.connectbot.portal.api.Page;

/**
 * {@code invoices [unpaid | overdue | paid | <number>] [page N]} lists invoices, newest first (unpaid:
 * overdue ones too, as the start page counts them);
 * one found by number shows its lines; {@code invoices pdf <id>} (each row's button) delivers
 * the PDF as an attachment, its content kept in the {@link FileStore}.
 */
@Component
class InvoicesHandler implements CommandHandler {

    private static final int PAGE_SIZE = 10;

    private final FileStore files;

    InvoicesHandler(FileStore files) {
        this.files = files;
    }

    @Override
    public Reply handle(CommandRequest request) {
        InvoiceArgs args = InvoiceArgs.parse(request.args());
        if (args.pdfOf() != null) {
            return pdf(request, args.pdfOf());
        }
        InvoiceQuery query = InvoiceQuery.all().withStatus(args.status()).withNumber(args.number()).withPage(args.page(), PAGE_SIZE);
        Page<Invoice> page = args.status() == InvoiceStatus.UNPAID
                ? UnpaidInvoices.page(request.portal(), query, args.page(), PAGE_SIZE)
                : request.portal().invoices(query);
        if (page.items().isEmpty()) {
            return Reply.text(empty(request, args));
        }
        if (args.number() != null && page.totalItems() == 1) {
            return InvoiceView.detail(request, request.portal().invoice(page.items().get(0).id()));
        }
        return table(request, args, page);
    }

    private static Reply table(CommandRequest request, InvoiceArgs args, Page<Invoice> page) {
        Formats f = request.formats();
        List<List<String>> rows = new ArrayList<>();
        List<Block.Choice> pdfs = new ArrayList<>();
        for (Invoice invoice : page.items()) {
            rows.add(List.of(invoice.number(), invoice.period(), invoice.accountName(), f.money(invoice.total()),
                    f.date(invoice.dueDate()), request.text("invoice.status." + invoice.status().name())));
            pdfs.add(CommandButtons.run(request.text("invoices.button.pdf", invoice.number()), "invoices pdf " + invoice.id()));
        }
        List<String> headers = List.of(request.text("invoices.col.number"), request.text("invoices.col.period"),
                request.text("invoices.col.account"), request.text("invoices.col.amount"), request.text("invoices.col.due"),
                request.text("invoices.col.status"));
        String heading = args.status() == null ? request.text("invoices.heading", page.totalItems())
                : request.text("invoices.heading." + args.status().name(), page.totalItems());
        return Reply.of(Block.heading(heading),
                new Block.Table(headers, rows, pdfs, CommandButtons.paging(request.messages(), page, args::commandFor)));
    }

    /** The PDF goes to the file store, for the asker and those with the invoice right; the reply carries its reference. */
    private Reply pdf(CommandRequest request, String invoiceId) {
        Document document = request.portal().invoicePdf(invoiceId);
        StoredFile file = files.save(request.user(), Capability.VIEW_INVOICES, document.fileName(), document.contentType(),
                document.content());
        return Reply.of(
                Block.text(request.text("invoices.pdf.here")),
                file.attachment(request.text("invoices.pdf.title", document.fileName())));
    }

    private static String empty(CommandRequest request, InvoiceArgs args) {
        if (args.number() != null) {
            return request.text("invoices.none.number", args.number());
        }
        return args.status() == null ? request.text("invoices.none") : request.text("invoices.none." + args.status().name());
    }
}
