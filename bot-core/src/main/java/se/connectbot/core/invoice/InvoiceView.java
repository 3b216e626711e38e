package se.connectbot.core.invoice;

import java.util.ArrayList;
import java.util.List;
import se.connectbot.core.command.CommandButtons;
import se.connectbot.core.command.CommandRequest;
import se.connectbot.core.i18n.Formats;
import se.connectbot.core.reply.Block;
import se.connectbot.core.reply.Reply;
import se.connectbot.portal.api.Invoice;

/** One invoice with its lines and a PDF button. */
final class InvoiceView {

    private InvoiceView() {
    }

    static Reply detail(CommandRequest request, Invoice invoice) {
        Formats f = request.formats();
        List<Block.Field> fields = new ArrayList<>(List.of(
                new Block.Field(request.text("invoices.col.status"), request.text("invoice.status." + invoice.status().name())),
                new Block.Field(request.text("invoices.col.account"), invoice.accountName()),
                new Block.Field(request.text("invoices.col.period"), invoice.period()),
                new Block.Field(request.text("invoice.issued"), f.date(invoice.issueDate())),
                new Block.Field(request.text("invoices.col.due"), f.date(invoice.dueDate())),
                new Block.Field(request.text("invoice.excl.vat"), f.money(invoice.totalExclVat())),
                new Block.Field(request.text("invoice.vat"), f.money(invoice.vat())),
                new Block.Field(request.text("invoice.total"), f.money(invoice.total())),
                new Block.Field(request.text("invoice.ocr"), invoice.ocr())));
        if (invoice.paidDate() != null) {
            fields.add(new Block.Field(request.text("invoice.paid"), f.date(invoice.paidDate())));
        }
        List<Block> blocks = new ArrayList<>();
        blocks.add(Block.heading(request.text("invoice.heading", invoice.number())));
        blocks.add(new Block.Fields(fields));
        if (!invoice.lines().isEmpty()) {
            List<String> headers = List.of(request.text("invoice.line.description"), request.text("invoice.line.quantity"),
                    request.text("invoice.line.price"), request.text("invoice.line.amount"));
            List<List<String>> rows = invoice.lines().stream()
                    .map(l -> List.of(l.description(), l.quantity().stripTrailingZeros().toPlainString(), f.money(l.unitPrice()), f.money(l.amount())))
                    .toList();
            blocks.add(new Block.Table(headers, rows, List.of(), null));
        }
        blocks.add(new Block.Choices(null, List.of(CommandButtons.run(request.text("invoices.button.pdf", invoice.number()),
                "invoices pdf " + invoice.id())), Block.ChoiceStyle.BUTTONS));
        return new Reply(blocks, Reply.Visibility.CONVERSATION);
    }
}
