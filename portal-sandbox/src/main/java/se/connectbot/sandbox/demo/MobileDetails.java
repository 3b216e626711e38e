package se.connectbot.sandbox.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import se.connectbot.portal.api.ServiceStatus;

/**
 * A mobile subscription's details: its SIM, this month's use so far (in step with the day of
 * the month), twelve months of data use, add-ons, barrings, and now and then a top-up bought
 * this month.
 */
final class MobileDetails {

    private static final List<String> ADD_ONS = List.of(
            "Utlandspaket EU/EES", "Röstbrevlåda", "Tvillingkort", "Datapaket Norden", "Nummerpresentation");
    private static final List<String> BARRINGS = List.of(
            "Spärr för betalnummer", "Spärr för utlandssamtal", "Spärr för roaming utanför EU/EES");
    private static final int TREND_MONTHS = 12;

    private final DemoContext demo;

    MobileDetails(DemoContext demo) {
        this.demo = demo;
    }

    void add(DemoModel.Svc service, DemoModel.MobilePlan plan, String user) {
        boolean live = service.status() == ServiceStatus.ACTIVE;
        double monthSoFar = demo.today.getDayOfMonth() / (double) demo.today.lengthOfMonth();
        long monthlyBase = plan.allowanceMb() != null ? plan.allowanceMb() : demo.between(3, 45) * 1024L;
        List<Long> trend = new ArrayList<>(TREND_MONTHS);
        for (int i = 0; i < TREND_MONTHS - 1; i++) {
            trend.add(live ? Math.round(monthlyBase * (0.25 + demo.random.nextDouble() * 0.8)) : 0L);
        }
        long usedNow = live ? Math.round(monthlyBase * monthSoFar * (0.4 + demo.random.nextDouble() * 0.9)) : 0L;
        trend.add(usedNow);
        int calls = live && !plan.broadbandOnly() ? (int) (demo.between(100, 900) * monthSoFar) : 0;
        int sms = live ? (int) (demo.between(0, plan.broadbandOnly() ? 3 : 150) * monthSoFar) : 0;
        int mms = live && !plan.broadbandOnly() ? demo.between(0, 8) : 0;
        boolean toppedUp = live && plan.allowanceMb() != null && demo.chance(0.08);
        LocalDate month = demo.month().atDay(1);
        demo.tables.mobile.add(service.id(), user, plan.name(), simCardNumber(), plan.allowanceMb(), month, usedNow, calls,
                sms, mms, trend, pickSome(ADD_ONS, 2), pickSome(BARRINGS, 1),
                toppedUp ? 1024L * demo.pick(List.of(1, 3, 5, 10)) : 0L, toppedUp ? month : null);
    }

    /** An ICCID: 89 (telecom), 46 (Sweden), issuer, account digits and a Luhn check digit; 19 digits. */
    private String simCardNumber() {
        String body = "894601" + demo.digits(12);
        return body + Luhn.checkDigit(body);
    }

    private List<String> pickSome(List<String> options, int most) {
        List<String> picked = new ArrayList<>();
        int count = demo.between(0, most);
        for (int i = 0; i < count; i++) {
            String option = demo.pick(options);
            if (!picked.contains(option)) {
                picked.add(option);
            }
        }
        return picked;
    }
}
