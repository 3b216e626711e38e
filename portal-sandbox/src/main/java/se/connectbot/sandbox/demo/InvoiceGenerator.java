package se.connectbot.sandbox.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import se.connectbot.portal.api.ServiceKind;

/**
 * Two years of monthly invoices for every account: issued on the 3rd for the month before, due
 * 30 days later, one line per plan (with a quantity) and per fixed service, and usage on top.
 * Old invoices are paid, now and then late; a few recent ones are left unpaid past their due
 * date, among them the second latest of each organisation's top account. Numbers run in issue order; the OCR reference is the number with a length and a Luhn
 * check digit.
 */
final class InvoiceGenerator {

    static final int MONTHS = 24;
    private static final int ISSUE_DAY = 3;
    private static final int DAYS_TO_PAY = 30;
    private static final BigDecimal VAT_RATE = new BigDecimal("0.25");
    private static final BigDecimal TOP_UP_EXCL_VAT = new BigDecimal("119.20");

    private final DemoContext demo;

    InvoiceGenerator(DemoContext demo) {
        this.demo = demo;
    }

    void generate(List<DemoModel.Acct> accounts, List<DemoModel.Svc> services) {
        Map<String, List<DemoModel.Svc>> byAccount = new LinkedHashMap<>();
        services.forEach(service -> byAccount.computeIfAbsent(service.account().id(), k -> new ArrayList<>()).add(service));
        YearMonth latest = YearMonth.from(demo.today.minusDays(ISSUE_DAY - 1L)).minusMonths(1);
        List<Draft> drafts = new ArrayList<>();
        for (DemoModel.Acct account : accounts) {
            for (int k = MONTHS - 1; k >= 0; k--) {
                YearMonth period = latest.minusMonths(k);
                drafts.add(draft(account, period, byAccount.getOrDefault(account.id(), List.of())));
            }
        }
        drafts.sort(Comparator.comparing(Draft::issueDate).thenComparing(draft -> draft.account().id()));
        long number = 7_000_100_000L;
        for (Draft draft : drafts) {
            boolean forgotten = draft.account().depth() == 0 && draft.period().equals(latest.minusMonths(1));
            write(draft, Long.toString(++number), forgotten);
        }
    }

    private Draft draft(DemoModel.Acct account, YearMonth period, List<DemoModel.Svc> services) {
        LocalDate from = period.atDay(1);
        LocalDate to = period.atEndOfMonth();
        List<Line> lines = new ArrayList<>();
        Map<String, Integer> plans = new LinkedHashMap<>();
        int mobiles = 0;
        for (DemoModel.Svc service : services) {
            if (!service.billedIn(from, to)) {
                continue;
            }
            if (service.kind() == ServiceKind.MOBILE && service.plan() != null) {
                plans.merge(service.plan().name(), 1, Integer::sum);
                mobiles++;
            } else {
                String where = service.street() == null ? "" : ", " + service.street();
                lines.add(new Line(service.name() + where, service.id(), BigDecimal.ONE, service.monthlyPrice()));
            }
        }
        for (DemoModel.MobilePlan plan : DemoModel.MobilePlan.ALL) {
            Integer count = plans.get(plan.name());
            if (count != null) {
                lines.add(new Line(plan.name() + ", månadsavgift", null, BigDecimal.valueOf(count), plan.price()));
            }
        }
        usage(lines, mobiles);
        if (lines.isEmpty()) {
            lines.add(new Line("Fakturaavgift", null, BigDecimal.ONE, new BigDecimal("29.00")));
        }
        LocalDate issue = period.plusMonths(1).atDay(ISSUE_DAY);
        return new Draft(account, period, issue, issue.plusDays(DAYS_TO_PAY), lines);
    }

    private void usage(List<Line> lines, int mobiles) {
        if (mobiles == 0) {
            return;
        }
        lines.add(new Line("Samtal och meddelanden utöver abonnemang", null, BigDecimal.ONE, money(demo.between(20, 20 + mobiles * 15))));
        if (demo.chance(0.4)) {
            lines.add(new Line("Utlandssamtal och roaming", null, BigDecimal.ONE, money(demo.between(50, 50 + mobiles * 25))));
        }
        if (demo.chance(0.15)) {
            lines.add(new Line("Extra data (Fyll på data)", null, BigDecimal.valueOf(demo.between(1, 3)), TOP_UP_EXCL_VAT));
        }
    }

    /** @param forgotten left unpaid past its due date (each organisation has one such) */
    private void write(Draft draft, String number, boolean forgotten) {
        String id = demo.nextId("inv", 200001);
        BigDecimal net = BigDecimal.ZERO.setScale(2);
        for (int i = 0; i < draft.lines().size(); i++) {
            Line line = draft.lines().get(i);
            BigDecimal amount = line.quantity().multiply(line.unitPrice()).setScale(2, RoundingMode.HALF_UP);
            net = net.add(amount);
            demo.tables.invoiceLines.add(id, i + 1, line.description(), line.serviceId(), line.quantity().setScale(2),
                    line.unitPrice(), amount);
        }
        BigDecimal vat = net.multiply(VAT_RATE).setScale(2, RoundingMode.HALF_UP);
        demo.tables.invoices.add(id, number, draft.account().id(), draft.issueDate(), draft.dueDate(), draft.period().toString(),
                net, vat, net.add(vat), ocr(number), forgotten ? null : paidDate(draft));
    }

    /** Paid before the due date as a rule; the latest may still be open; a few recent ones are overdue. */
    private @Nullable LocalDate paidDate(Draft draft) {
        LocalDate due = draft.dueDate();
        if (!due.isBefore(demo.today)) {
            LocalDate paid = draft.issueDate().plusDays(demo.between(5, 25));
            return demo.chance(0.3) && paid.isBefore(demo.today) ? paid : null;
        }
        boolean recent = due.isAfter(demo.today.minusMonths(4));
        if (recent && demo.chance(0.03)) {
            return null;
        }
        LocalDate paid = demo.chance(0.05) ? due.plusDays(demo.between(1, 12)) : due.minusDays(demo.between(0, 20));
        return paid.isBefore(demo.today) ? paid : null;
    }

    /** The invoice number, a length digit and a Luhn check digit (Bankgirot's "hard" OCR check). */
    static String ocr(String number) {
        String withLength = number + (number.length() + 2) % 10;
        return withLength + Luhn.checkDigit(withLength);
    }

    private static BigDecimal money(int kronor) {
        return BigDecimal.valueOf(kronor).setScale(2);
    }

    private record Draft(DemoModel.Acct account, YearMonth period, LocalDate issueDate, LocalDate dueDate, List<Line> lines) {
    }

    private record Line(String description, @Nullable String serviceId, BigDecimal quantity, BigDecimal unitPrice) {
    }
}
