package se.connectbot.sandbox.demo;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * The state of one generation: the seeded random source (every choice is drawn from it in a
 * fixed order, so the same seed gives the same data), "now", the id counters, the numbers
 * handed out so far, and the tables being filled. Not thread-safe.
 */
final class DemoContext {

    final Random random;
    final Instant now;
    final LocalDate today;
    final ZoneId zone;
    final int targetServices;
    final Tables tables = new Tables();
    private final Map<String, Integer> counters = new LinkedHashMap<>();
    private final Set<String> numbers = new HashSet<>();

    DemoContext(long seed, Clock clock, int targetServices) {
        this.random = new Random(seed);
        // whole minutes, so that two starts within a minute make exactly the same data
        this.now = clock.instant().truncatedTo(ChronoUnit.MINUTES);
        this.zone = clock.getZone();
        this.today = LocalDate.ofInstant(now, zone);
        this.targetServices = targetServices;
    }

    YearMonth month() {
        return YearMonth.from(today);
    }

    /** The next id with this prefix: {@code acc-10001}, {@code acc-10002}, ... */
    String nextId(String prefix, int first) {
        int next = counters.merge(prefix, first, (old, ignored) -> old + 1);
        return prefix + "-" + next;
    }

    int count(String prefix) {
        return counters.getOrDefault(prefix, 0);
    }

    int between(int fromInclusive, int toInclusive) {
        return fromInclusive + random.nextInt(toInclusive - fromInclusive + 1);
    }

    boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    <T> T pick(List<T> options) {
        return options.get(random.nextInt(options.size()));
    }

    String digits(int count) {
        StringBuilder digits = new StringBuilder(count);
        for (int i = 0; i < count; i++) {
            digits.append((char) ('0' + random.nextInt(10)));
        }
        return digits.toString();
    }

    /** Claims {@code number} if no service has it yet. */
    boolean claim(String number) {
        return numbers.add(number);
    }

    /** A Swedish mobile number, E.164, not handed out before. */
    String mobileNumber() {
        while (true) {
            String number = "+467" + pick(List.of("0", "2", "3", "6")) + digits(7);
            if (claim(number)) {
                return number;
            }
        }
    }

    /** A contact's mobile number, E.164; contacts' numbers are not services', so not claimed. */
    String contactMobile() {
        return "+467" + pick(List.of("0", "2", "3", "6")) + digits(7);
    }

    /** Every table the demo data fills, in an order that satisfies their foreign keys. */
    static final class Tables {
        final CopyTable organisations = new CopyTable("organisation", "id", "name", "organisation_number", "root_account_id");
        final CopyTable accounts = new CopyTable("account", "id", "organisation_id", "parent_id", "path", "organisation_number",
                "company_name", "alias", "invoice_reference", "care_of", "street", "postcode", "city", "municipality",
                "invoice_name", "invoice_street", "invoice_street_number", "invoice_postcode", "invoice_city");
        final CopyTable contacts = new CopyTable("account_contact", "account_id", "position", "name", "phone", "mobile", "email");
        final CopyTable users = new CopyTable("portal_user", "id", "organisation_id", "username", "password_hash", "name",
                "user_type", "scope_account_id", "rights", "enabled");
        final CopyTable services = new CopyTable("service", "id", "account_id", "kind", "name", "status", "phone_number",
                "street", "postcode", "city", "municipality", "monthly_price", "start_date");
        final CopyTable numbers = new CopyTable("service_number", "number", "service_id", "position");
        final CopyTable broadband = new CopyTable("broadband_detail", "service_id", "access_type", "downstream_mbps",
                "upstream_mbps", "monitored", "monitoring_state", "last_seen", "state_since");
        final CopyTable mobile = new CopyTable("mobile_detail", "service_id", "subscription_user", "price_plan",
                "sim_card_number", "plan_allowance_mb", "usage_month", "data_used_mb", "call_minutes", "sms_count",
                "mms_count", "trend_mb", "add_ons", "barrings", "topup_mb", "topup_month");
        final CopyTable cloudPbx = new CopyTable("cloud_pbx_detail", "service_id");
        final CopyTable sipTrunks = new CopyTable("sip_trunk_detail", "service_id", "channels");
        final CopyTable orders = new CopyTable("customer_order", "id", "number", "kind", "status", "account_id", "service_id",
                "description", "price", "created_at", "expected_completion", "completes_at", "created_by");
        final CopyTable invoices = new CopyTable("invoice", "id", "number", "account_id", "issue_date", "due_date", "period",
                "total_excl_vat", "vat", "total", "ocr", "paid_date");
        final CopyTable invoiceLines = new CopyTable("invoice_line", "invoice_id", "position", "description", "service_id",
                "quantity", "unit_price", "amount");
        final CopyTable tickets = new CopyTable("ticket", "id", "number", "category", "priority", "status", "title",
                "account_id", "service_id", "created_at", "updated_at", "created_by");
        final CopyTable messages = new CopyTable("ticket_message", "id", "ticket_id", "author", "from_support", "text", "sent_at");
        final CopyTable outages = new CopyTable("outage", "id", "title", "description", "kind", "networks", "severity",
                "municipalities", "postcodes", "started_at", "expected_end", "resolved_at", "status", "updated_at",
                "version", "change_seq");
        final CopyTable outageUpdates = new CopyTable("outage_update", "outage_id", "position", "at", "text");

        List<CopyTable> inLoadOrder() {
            return List.of(organisations, accounts, contacts, users, services, numbers, broadband, mobile, cloudPbx,
                    sipTrunks, orders, invoices, invoiceLines, tickets, messages, outages, outageUpdates);
        }
    }
}
