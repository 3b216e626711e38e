package se.connectbot.sandbox.service;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import se.connectbot.portal.api.ServiceDetail;

/**
 * Reads a subscription's stored usage against the current month: the usage was recorded for
 * one month, so once the calendar has moved on, this month's use starts from zero and the
 * trend moves along; a top-up counts only in the month it was bought for.
 */
final class MobileUsage {

    static final int TREND_MONTHS = 12;

    private MobileUsage() {
    }

    static ServiceDetail.Mobile read(String phoneNumber, ServiceRepository.MobileRow row, YearMonth current) {
        YearMonth recorded = YearMonth.from(row.usageMonth());
        boolean sameMonth = recorded.equals(current);
        ServiceDetail.Usage usage = new ServiceDetail.Usage(
                sameMonth ? row.dataUsedMb() : 0,
                allowance(row, current),
                sameMonth ? row.callMinutes() : 0,
                sameMonth ? row.smsCount() : 0,
                sameMonth ? row.mmsCount() : 0);
        return new ServiceDetail.Mobile(phoneNumber, row.subscriptionUser(), row.pricePlan(), row.simCardNumber(),
                usage, trend(row.trendMb(), recorded, current), row.addOns(), row.barrings());
    }

    static Long allowance(ServiceRepository.MobileRow row, YearMonth current) {
        if (row.planAllowanceMb() == null) {
            return null;
        }
        LocalDate topUpMonth = row.topUpMonth();
        boolean toppedUpThisMonth = topUpMonth != null && YearMonth.from(topUpMonth).equals(current);
        return row.planAllowanceMb() + (toppedUpThisMonth ? row.topUpMb() : 0);
    }

    private static List<ServiceDetail.MonthlyUsage> trend(List<Long> stored, YearMonth recorded, YearMonth current) {
        long monthsSince = Math.max(0, ChronoUnit.MONTHS.between(recorded, current));
        List<ServiceDetail.MonthlyUsage> trend = new ArrayList<>(TREND_MONTHS);
        for (int i = TREND_MONTHS - 1; i >= 0; i--) {
            YearMonth month = current.minusMonths(i);
            long indexInStored = stored.size() - 1 - (i - monthsSince);
            long used = indexInStored >= 0 && indexInStored < stored.size() ? stored.get((int) indexInStored) : 0;
            trend.add(new ServiceDetail.MonthlyUsage(month, used));
        }
        return trend;
    }
}
