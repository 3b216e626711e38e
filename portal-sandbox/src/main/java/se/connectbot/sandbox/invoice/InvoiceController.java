package se.connectbot.sandbox.invoice;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import se.connectbot.portal.api.Invoice;
import se.connectbot.portal.api.InvoiceStatus;
import se.connectbot.portal.api.Page;
import se.connectbot.portal.api.Right;
import se.connectbot.sandbox.account.AccountRange;
import se.connectbot.sandbox.account.AccountScopes;
import se.connectbot.sandbox.user.PortalUser;
import se.connectbot.sandbox.web.ApiId;
import se.connectbot.sandbox.web.NotFoundException;
import se.connectbot.sandbox.web.Paging;
import se.connectbot.sandbox.web.SingleLine;

/** The invoices list (newest first), one invoice and its PDF; all need {@link Right#VIEW_INVOICES}. */
@RestController
@RequestMapping("/api/v1/invoices")
class InvoiceController {

    private final InvoiceRepository invoices;
    private final AccountScopes scopes;
    private final Clock clock;

    InvoiceController(InvoiceRepository invoices, AccountScopes scopes, Clock clock) {
        this.invoices = invoices;
        this.scopes = scopes;
        this.clock = clock;
    }

    @GetMapping
    Page<Invoice> invoices(
            PortalUser user,
            @RequestParam(required = false) @Nullable InvoiceStatus status,
            @RequestParam(required = false) @ApiId @Nullable String accountId,
            @RequestParam(required = false) @Size(min = 1, max = 40) @SingleLine @Nullable String number,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(Paging.MAX_SIZE) int size) {
        user.require(Right.VIEW_INVOICES);
        AccountRange range = scopes.range(user, accountId == null || accountId.isBlank() ? null : accountId.trim(), true);
        String exactNumber = number == null || number.isBlank() ? null : number.trim();
        Paging paging = new Paging(page, size);
        LocalDate today = LocalDate.now(clock);
        return paging.page(invoices.list(range, status, exactNumber, today, paging),
                invoices.count(range, status, exactNumber, today));
    }

    @GetMapping("/{invoiceId}")
    Invoice invoice(PortalUser user, @PathVariable @ApiId String invoiceId) {
        user.require(Right.VIEW_INVOICES);
        return find(user, invoiceId);
    }

    @GetMapping("/{invoiceId}/pdf")
    ResponseEntity<byte[]> pdf(PortalUser user, @PathVariable @ApiId String invoiceId) {
        user.require(Right.VIEW_INVOICES);
        Invoice invoice = find(user, invoiceId);
        byte[] pdf = InvoicePdf.render(invoice, invoices.recipient(invoice.accountId()));
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename("faktura-" + invoice.number() + ".pdf").build().toString())
                .body(pdf);
    }

    private Invoice find(PortalUser user, String invoiceId) {
        return invoices.find(scopes.all(user), invoiceId, LocalDate.now(clock))
                .orElseThrow(() -> new NotFoundException("Invoice", invoiceId));
    }
}
