package se.connectbot.sandbox.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import se.connectbot.portal.api.ServiceKind;
import se.connectbot.portal.api.ServiceStatus;

/** What the generators hand each other while the demo data is built. */
final class DemoModel {

    private DemoModel() {
    }

    /** A generated organisation; {@code staff} are the names that place orders and file tickets. */
    record Org(String id, String name, String organisationNumber, String domain, String rootAccountId, List<String> staff) {
    }

    /** A generated account. depth: 0 for the root, 1 for a region, 2 for a branch. */
    record Acct(String id, Org org, @Nullable String parentId, String path, int depth, Place place, String companyName,
            String organisationNumber, @Nullable String alias, String street, String postcode) {

        String displayName() {
            return alias != null ? alias : companyName;
        }
    }

    /**
     * A generated service. {@code endDate} is when a terminated service ended (not stored: it
     * only shapes invoices and orders); {@code plan} is a mobile service's price plan.
     */
    record Svc(String id, Acct account, ServiceKind kind, String name, ServiceStatus status, LocalDate startDate,
            @Nullable LocalDate endDate, BigDecimal monthlyPrice, @Nullable String phoneNumber,
            @Nullable String street, @Nullable String postcode, @Nullable MobilePlan plan) {

        boolean billedIn(LocalDate from, LocalDate to) {
            return status != ServiceStatus.PENDING && !startDate.isAfter(to) && (endDate == null || !endDate.isBefore(from));
        }
    }

    /** A mobile price plan; a null allowance is unlimited. */
    record MobilePlan(String name, BigDecimal price, @Nullable Long allowanceMb, boolean broadbandOnly, int weight) {

        static final List<MobilePlan> ALL = List.of(
                new MobilePlan("Jobbmobil 5 GB", new BigDecimal("159.00"), 5L * 1024, false, 20),
                new MobilePlan("Jobbmobil 15 GB", new BigDecimal("219.00"), 15L * 1024, false, 30),
                new MobilePlan("Jobbmobil 30 GB", new BigDecimal("279.00"), 30L * 1024, false, 20),
                new MobilePlan("Jobbmobil Obegränsad", new BigDecimal("359.00"), null, false, 15),
                new MobilePlan("Mobilt bredband 50 GB", new BigDecimal("239.00"), 50L * 1024, true, 10),
                new MobilePlan("Mobilt bredband 200 GB", new BigDecimal("319.00"), 200L * 1024, true, 5));
    }
}
