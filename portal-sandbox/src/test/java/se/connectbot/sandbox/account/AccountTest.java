package se.connectbot.sandbox.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.connectbot.sandbox.PortalApiTest;
import tools.jackson.databind.JsonNode;

class AccountTest extends PortalApiTest {

    @Test
    void showsAnAccountWithItsAddressesAndContacts() {
        String branch = jdbc.queryForObject("select id from account where parent_id = ? order by id limit 1", String.class,
                oracle.accountIdByAlias("Region Väst"));

        JsonNode account = as(KARL).get("/api/v1/accounts/" + branch).expect(200).json();

        assertThat(account.path("parentId").asString()).isEqualTo(oracle.accountIdByAlias("Region Väst"));
        assertThat(account.path("organisationNumber").asString()).matches("\\d{6}-\\d{4}");
        assertThat(account.path("companyName").asString()).isEqualTo("Nordkust Logistik Väst AB");
        assertThat(account.path("address").path("postcode").asString()).matches("\\d{3} \\d{2}");
        assertThat(account.path("invoiceAddress").path("streetNumber").asString()).matches("\\d+");
        assertThat(account.path("contacts").size()).isPositive();
        account.path("contacts").forEach(contact -> assertThat(contact.path("mobile").asString()).matches("\\+467\\d{8}"));
    }

    @Test
    void sortsSubAccountsByName() {
        JsonNode regions = as(ANNA).get("/api/v1/accounts").expect(200).json().get(0).path("children");

        List<String> aliases = new ArrayList<>();
        regions.forEach(region -> aliases.add(region.path("alias").asString()));
        assertThat(aliases).containsExactly("Region Norr", "Region Väst", "Region Öst");
        assertThat(regions.get(0).path("children").size()).isGreaterThanOrEqualTo(3);
    }
}
