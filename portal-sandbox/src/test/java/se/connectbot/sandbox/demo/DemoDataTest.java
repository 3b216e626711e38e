package se.connectbot.sandbox.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import se.connectbot.sandbox.PortalApiTest;

class DemoDataTest extends PortalApiTest {

    @Autowired
    DemoDataLoader loader;

    @Test
    void hasTheThreeCustomersWithTreesThreeLevelsDeep() {
        assertThat(jdbc.queryForList("select name from organisation order by name", String.class))
                .containsExactly("Fjällbygg Entreprenad AB", "Nordkust Logistik AB", "Solvik Vård AB");
        for (String organisation : List.of("Fjällbygg Entreprenad AB", "Nordkust Logistik AB", "Solvik Vård AB")) {
            Integer depth = jdbc.queryForObject("""
                    select max(length(a.path) - length(replace(a.path, '/', '')) - 1) from account a
                    join organisation o on o.id = a.organisation_id where o.name = ?""", Integer.class, organisation);
            assertThat(depth).as(organisation).isEqualTo(3);
        }
    }

    @Test
    void putsTheExampleNumbersOfTheReadmeAndTheHelpWhereEveryDemoUserOfTheirOrganisationSeesThem() {
        ServiceGenerator.EXAMPLE_NUMBERS.forEach((company, number) -> assertThat(jdbc.queryForList(
                "select a.company_name from service s join account a on a.id = s.account_id where s.phone_number = ? and s.kind = 'MOBILE' and s.status = 'ACTIVE'",
                String.class, number)).as(number).containsExactly(company));
    }

    @Test
    void givesEveryOrganisationAndAccountAValidOrganisationNumber() {
        List<String> numbers = jdbc.queryForList(
                "select organisation_number from organisation union all select organisation_number from account", String.class);
        assertThat(numbers).isNotEmpty().allSatisfy(number -> {
            assertThat(number).matches("\\d{6}-\\d{4}");
            assertThat(Luhn.valid(number)).as(number).isTrue();
        });
    }

    @Test
    void hasAtLeastThreeHundredServicesOfEveryKindWithTheirDetails() {
        Map<String, Object> counts = jdbc.queryForMap("""
                select count(*) as services,
                       count(*) filter (where kind = 'BROADBAND') as broadband,
                       count(*) filter (where kind = 'MOBILE') as mobile,
                       count(*) filter (where kind = 'CLOUD_PBX') as pbx,
                       count(*) filter (where kind = 'SIP_TRUNK') as sip
                from service""");
        assertThat((Long) counts.get("services")).isGreaterThanOrEqualTo(300);
        assertThat(counts.values()).allSatisfy(count -> assertThat((Long) count).isPositive());
        assertThat((Object) count("broadband_detail")).isEqualTo(counts.get("broadband"));
        assertThat((Object) count("mobile_detail")).isEqualTo(counts.get("mobile"));
        assertThat((Object) count("cloud_pbx_detail")).isEqualTo(counts.get("pbx"));
        assertThat((Object) count("sip_trunk_detail")).isEqualTo(counts.get("sip"));
        assertThat(jdbc.queryForList("select phone_number from service where kind = 'MOBILE'", String.class))
                .allSatisfy(number -> assertThat(number).matches("\\+467\\d{8}"));
        assertThat(jdbc.queryForList("select postcode from service where postcode is not null union select postcode from account", String.class))
                .allSatisfy(postcode -> assertThat(postcode).matches("\\d{3} \\d{2}"));
    }

    @Test
    void givesEveryAccountTwentyFourMonthsOfInvoicesThatAddUp() {
        List<Map<String, Object>> perAccount = jdbc.queryForList("""
                select a.id, count(i.id) as invoices, count(distinct i.period) as periods, min(i.period) as first, max(i.period) as last
                from account a left join invoice i on i.account_id = a.id group by a.id""");
        assertThat(perAccount).allSatisfy(row -> {
            assertThat(row.get("invoices")).isEqualTo(24L);
            assertThat(row.get("periods")).isEqualTo(24L);
            assertThat(YearMonth.parse((String) row.get("first")).plusMonths(23)).isEqualTo(YearMonth.parse((String) row.get("last")));
        });
        assertThat(jdbc.queryForObject("""
                select count(*) from invoice i where i.total_excl_vat <> (select sum(l.amount) from invoice_line l where l.invoice_id = i.id)
                   or i.vat <> round(i.total_excl_vat * 0.25, 2) or i.total <> i.total_excl_vat + i.vat""", Long.class)).isZero();
        assertThat(jdbc.queryForList("select ocr from invoice", String.class)).allSatisfy(ocr -> assertThat(Luhn.valid(ocr)).isTrue());
    }

    @Test
    void paysMostOldInvoicesAndLeavesAFewOverdue() {
        Map<String, Object> statuses = jdbc.queryForMap("""
                select count(*) filter (where paid_date is not null) as paid,
                       count(*) filter (where paid_date is null and due_date < current_date) as overdue,
                       count(*) filter (where paid_date is null and due_date >= current_date) as unpaid,
                       count(*) as all_invoices
                from invoice""");
        assertThat((Long) statuses.get("paid")).isGreaterThan((Long) statuses.get("all_invoices") * 9 / 10);
        assertThat((Long) statuses.get("overdue")).isPositive();
        assertThat((Long) statuses.get("unpaid")).isPositive();
    }

    @Test
    void hasTheDemoUsersWithThePasswordConnectDemo() {
        assertThat(jdbc.queryForList("select username from portal_user order by id", String.class)).containsExactlyElementsOf(DEMO_USERS);
        String hash = DemoUsers.PASSWORD_HASH.substring("{bcrypt}".length());
        assertThat(new BCryptPasswordEncoder().matches("connect-demo", hash)).isTrue();
        assertThat(jdbc.queryForObject("select a.alias from portal_user u join account a on a.id = u.scope_account_id where username = ?",
                String.class, KARL)).isEqualTo("Region Väst");
        assertThat(jdbc.queryForObject("select a.parent_id from portal_user u join account a on a.id = u.scope_account_id where username = ?",
                String.class, ANNA)).isNull();
    }

    @Test
    void putsActiveFixedOutagesWhereCustomersHaveConnections() {
        List<String> postcodes = jdbc.queryForList(
                "select distinct unnest(postcodes) from outage where status = 'ACTIVE' and kind = 'FIXED'", String.class);
        assertThat(postcodes).isNotEmpty();
        assertThat(jdbc.queryForObject("select count(*) from service where kind = 'BROADBAND' and postcode = any(?)", Long.class,
                (Object) postcodes.toArray(String[]::new))).isPositive();
        assertThat(jdbc.queryForObject("select count(*) from outage where kind = 'MOBILE' and cardinality(networks) = 0", Long.class)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from outage where status = 'RESOLVED'", Long.class)).isPositive();
    }

    @Test
    void loadsOnlyIntoAnEmptyDatabase() {
        long services = count("service");

        assertThat(loader.load()).isFalse();
        assertThat(count("service")).isEqualTo(services);
    }

    @Test
    void generatesTheSameDataFromTheSameSeedAndDay() {
        Clock today = Clock.fixed(clock.instant(), clock.getZone());
        DemoData.Generated first = DemoData.generate(42, today, 400);
        DemoData.Generated second = DemoData.generate(42, today, 400);

        for (int i = 0; i < first.tables().inLoadOrder().size(); i++) {
            assertThat(second.tables().inLoadOrder().get(i).text()).isEqualTo(first.tables().inLoadOrder().get(i).text());
        }
    }

    private long count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }
}
