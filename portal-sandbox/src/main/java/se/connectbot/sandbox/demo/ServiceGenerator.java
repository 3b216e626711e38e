package se.connectbot.sandbox.demo;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import se.connectbot.portal.api.ServiceKind;
import se.connectbot.portal.api.ServiceStatus;

/**
 * The services of every account: a site connection or two (broadband), often a cloud PBX, at
 * the larger sites a SIP trunk, and mobile subscriptions for the rest; with the details of
 * each kind. Fixed services sit at the account's postcodes, so outages there touch them.
 */
final class ServiceGenerator {

    /**
     * The numbers the README, the help and the web chat's placeholder give as examples
     * ({@code status 070-123 45 67}), each on the first mobile subscription of accounts that its
     * organisation's demo users all see: Region Väst for Nordkust (Karl sees only that branch).
     */
    static final Map<String, String> EXAMPLE_NUMBERS = Map.of(
            "Nordkust Logistik Väst AB", "+46701234567",
            "Fjällbygg Entreprenad AB", "+46703456789",
            "Solvik Vård AB", "+46704567890");

    private static final double ROOT_WEIGHT = 1.5;
    private static final double REGION_WEIGHT = 0.75;

    private final DemoContext demo;
    private final MobileDetails mobileDetails;
    private final List<DemoModel.Svc> services = new ArrayList<>();

    ServiceGenerator(DemoContext demo) {
        this.demo = demo;
        this.mobileDetails = new MobileDetails(demo);
    }

    List<DemoModel.Svc> services() {
        return services;
    }

    /**
     * @param downPostcodes postcodes under an active fixed-network outage: monitored
     *                      connections there are down
     */
    void generate(List<DemoModel.Acct> accounts, Set<String> downPostcodes) {
        double totalWeight = accounts.stream().mapToDouble(ServiceGenerator::weight).sum();
        for (DemoModel.Acct account : accounts) {
            int count = Math.max(3, (int) Math.round(demo.targetServices * weight(account) / totalWeight));
            servicesOf(account, count, downPostcodes);
        }
    }

    private static double weight(DemoModel.Acct account) {
        return account.depth() == 0 ? ROOT_WEIGHT : account.depth() == 1 ? REGION_WEIGHT : 1.0;
    }

    private void servicesOf(DemoModel.Acct account, int count, Set<String> downPostcodes) {
        int broadband = 1 + count / 40;
        int made = 0;
        for (int i = 0; i < broadband; i++, made++) {
            broadband(account, account.depth() == 0 && i == 0, i == 0, downPostcodes);
        }
        if (count >= 6 && (account.depth() == 0 || demo.chance(0.5))) {
            cloudPbx(account);
            made++;
        }
        if (account.depth() == 0 || demo.chance(account.depth() == 1 ? 0.5 : 0.25)) {
            sipTrunk(account);
            made++;
        }
        for (; made < count; made++) {
            mobile(account);
        }
    }

    /** @param siteConnection the account's own connection, at its address */
    private void broadband(DemoModel.Acct account, boolean capacity, boolean siteConnection, Set<String> downPostcodes) {
        Product product = capacity ? Product.CAPACITY : demo.pick(Product.BROADBAND);
        boolean atSite = siteConnection || demo.chance(0.8);
        String street = atSite ? account.street() : demo.pick(Place.STREETS) + " " + demo.between(1, 80);
        String postcode = atSite ? account.postcode() : demo.pick(account.place().postcodes());
        DemoModel.Svc service = add(account, ServiceKind.BROADBAND, product.name(), product.price(), null, street, postcode, null);
        boolean monitored = capacity || demo.chance(0.65);
        String state = null;
        Instant since = null;
        Instant lastSeen = null;
        if (monitored) {
            boolean down = service.status() == ServiceStatus.ACTIVE && (downPostcodes.contains(postcode) || demo.chance(0.02));
            state = down ? "DOWN" : demo.chance(0.05) ? "DEGRADED" : "UP";
            since = down ? demo.now.minus(demo.between(20, 170), ChronoUnit.MINUTES)
                    : demo.now.minus(demo.between(1, 90 * 24), ChronoUnit.HOURS);
            lastSeen = down ? since : demo.now.minus(demo.between(0, 59), ChronoUnit.SECONDS);
        }
        demo.tables.broadband.add(service.id(), product.access(), product.down(), product.up(), monitored, state, lastSeen, since);
    }

    private void cloudPbx(DemoModel.Acct account) {
        List<String> numbers = numberSeries(account.place(), demo.between(5, 25));
        BigDecimal price = new BigDecimal("299.00").add(new BigDecimal("79.00").multiply(BigDecimal.valueOf(numbers.size())));
        DemoModel.Svc service = add(account, ServiceKind.CLOUD_PBX, "Molnväxel Connect, " + numbers.size() + " nummer", price,
                numbers.get(0), account.street(), account.postcode(), null);
        numbers(service, numbers);
        demo.tables.cloudPbx.add(service.id());
    }

    private void sipTrunk(DemoModel.Acct account) {
        int channels = demo.pick(account.depth() == 0 ? List.of(30, 60) : List.of(4, 10, 20));
        List<String> numbers = numberSeries(account.place(), account.depth() == 0 ? 100 : demo.pick(List.of(10, 20, 50)));
        BigDecimal price = new BigDecimal("149.00").add(new BigDecimal("39.00").multiply(BigDecimal.valueOf(channels)));
        DemoModel.Svc service = add(account, ServiceKind.SIP_TRUNK, "SIP-trunk " + channels + " kanaler", price,
                numbers.get(0), account.street(), account.postcode(), null);
        numbers(service, numbers);
        demo.tables.sipTrunks.add(service.id(), channels);
    }

    private void mobile(DemoModel.Acct account) {
        DemoModel.MobilePlan plan = plan();
        String user = People.name(demo.random);
        // drawn even when an example number replaces it, so that the rest of the demo data stays as it was
        String drawn = demo.mobileNumber();
        String example = EXAMPLE_NUMBERS.get(account.companyName());
        String number = example != null && demo.claim(example) ? example : drawn;
        DemoModel.Svc service = add(account, ServiceKind.MOBILE, plan.name() + " – " + user, plan.price(), number, null, null, plan);
        numbers(service, List.of(number));
        mobileDetails.add(service, plan, user);
    }

    private DemoModel.MobilePlan plan() {
        int total = DemoModel.MobilePlan.ALL.stream().mapToInt(DemoModel.MobilePlan::weight).sum();
        int roll = demo.random.nextInt(total);
        for (DemoModel.MobilePlan plan : DemoModel.MobilePlan.ALL) {
            roll -= plan.weight();
            if (roll < 0) {
                return plan;
            }
        }
        throw new IllegalStateException("weights do not add up");
    }

    private DemoModel.Svc add(DemoModel.Acct account, ServiceKind kind, String name, BigDecimal price, @Nullable String phone,
            @Nullable String street, @Nullable String postcode, DemoModel.@Nullable MobilePlan plan) {
        double roll = demo.random.nextDouble();
        ServiceStatus status = roll < 0.04 ? ServiceStatus.PENDING : roll < 0.10 ? ServiceStatus.TERMINATED : ServiceStatus.ACTIVE;
        LocalDate start;
        LocalDate end = null;
        if (status == ServiceStatus.PENDING) {
            start = demo.today.plusDays(demo.between(5, 40));
        } else if (status == ServiceStatus.TERMINATED) {
            start = demo.today.minusDays(demo.between(3 * 365, 8 * 365));
            end = demo.today.minusDays(demo.between(15, 900));
        } else {
            start = demo.today.minusDays(demo.chance(0.15) ? demo.between(20, 700) : demo.between(730, 8 * 365));
        }
        if (phone != null && EXAMPLE_NUMBERS.containsValue(phone)) {
            // an example must work: active, whatever the roll (made all the same, so the rest stays as it was)
            status = ServiceStatus.ACTIVE;
            start = demo.today.minusYears(2);
            end = null;
        }
        String id = demo.nextId("svc", 100001);
        Place place = account.place();
        DemoModel.Svc service = new DemoModel.Svc(id, account, kind, name, status, start, end, price, phone, street, postcode, plan);
        services.add(service);
        demo.tables.services.add(id, account.id(), kind.name(), name, status.name(), phone, street, postcode,
                street == null ? null : place.city(), street == null ? null : place.municipality(), price, start);
        return service;
    }

    private void numbers(DemoModel.Svc service, List<String> numbers) {
        for (int i = 0; i < numbers.size(); i++) {
            demo.tables.numbers.add(numbers.get(i), service.id(), i + 1);
        }
    }

    /** A block of consecutive landline numbers in the town's area code, none handed out before. */
    private List<String> numberSeries(Place place, int size) {
        String area = place.areaCode();
        int subscriberDigits = 9 - area.length();
        while (true) {
            long first = Long.parseLong("2" + demo.digits(subscriberDigits - 1)) / 100 * 100;
            List<String> numbers = new ArrayList<>(size);
            for (int i = 0; i < size; i++) {
                numbers.add("+46" + area + (first + i));
            }
            if (numbers.stream().allMatch(demo::claim)) {
                return numbers;
            }
        }
    }

    /** A broadband product as the price list has it. */
    private record Product(String name, String access, int down, int up, BigDecimal price) {

        static final Product CAPACITY = new Product("Kapacitet Ethernet 10 Gbit/s", "Ethernet", 10_000, 10_000, new BigDecimal("6900.00"));
        static final List<Product> BROADBAND = List.of(
                new Product("Bredband Företag 100/100", "Fiber", 100, 100, new BigDecimal("495.00")),
                new Product("Fiber Företag 250/250", "Fiber", 250, 250, new BigDecimal("795.00")),
                new Product("Fiber Företag 1000/1000", "Fiber", 1000, 1000, new BigDecimal("1495.00")),
                new Product("Bredband Företag DSL 60/10", "DSL", 60, 10, new BigDecimal("395.00")),
                new Product("Kapacitet Ethernet 1 Gbit/s", "Ethernet", 1000, 1000, new BigDecimal("2900.00")));
    }
}
