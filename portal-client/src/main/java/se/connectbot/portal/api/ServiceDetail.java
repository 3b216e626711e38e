package se.connectbot.portal.api;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One service with the details of its kind: exactly one of {@code broadband}, {@code mobile},
 * {@code cloudPbx} and {@code sipTrunk} is set, the one matching {@code summary.kind()}.
 */
public record ServiceDetail(
        ServiceSummary summary,
        @Nullable Broadband broadband,
        @Nullable Mobile mobile,
        @Nullable CloudPbx cloudPbx,
        @Nullable SipTrunk sipTrunk) {

    /** Broadband and capacity: bandwidth, and monitoring where the service has it. */
    public record Broadband(String accessType, int downstreamMbps, int upstreamMbps, @Nullable Monitoring monitoring) {
    }

    /** Övervakning: the last state the operator's monitoring saw. */
    public record Monitoring(MonitoringState state, Instant lastSeen, Instant since) {
    }

    public enum MonitoringState { UP, DOWN, DEGRADED }

    /**
     * Mobile telephony or mobile broadband.
     *
     * @param subscriptionUser the name shown on the invoice
     * @param usage            this calendar month so far
     * @param trend            data used per month, oldest first, the current month last
     */
    public record Mobile(
            String phoneNumber,
            String subscriptionUser,
            String pricePlan,
            String simCardNumber,
            Usage usage,
            List<MonthlyUsage> trend,
            List<String> addOns,
            List<String> barrings) {

        public Mobile {
            trend = List.copyOf(trend);
            addOns = List.copyOf(addOns);
            barrings = List.copyOf(barrings);
        }
    }

    /**
     * Usage in the current month; {@code dataAllowanceMb} counts top-ups already made this month;
     * a null allowance is unlimited.
     */
    public record Usage(
            long dataUsedMb,
            @Nullable Long dataAllowanceMb,
            int callMinutes,
            int smsCount,
            int mmsCount) {
    }

    public record MonthlyUsage(YearMonth month, long dataUsedMb) {
    }

    /** Molnväxel: the numbers connected to it. */
    public record CloudPbx(String mainNumber, List<String> numbers) {
        public CloudPbx {
            numbers = List.copyOf(numbers);
        }
    }

    /** SIP trunk: its main number, channels and numbers. */
    public record SipTrunk(String mainNumber, int channels, List<String> numbers) {
        public SipTrunk {
            numbers = List.copyOf(numbers);
        }
    }
}
