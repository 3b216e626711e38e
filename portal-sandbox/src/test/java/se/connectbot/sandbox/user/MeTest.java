package se.connectbot.sandbox.user;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import se.connectbot.sandbox.PortalApiTest;
import tools.jackson.databind.JsonNode;

class MeTest extends PortalApiTest {

    @Test
    void tellsWhoTheUserIsWithTheirScopeAndRights() {
        JsonNode me = as(KARL).get("/api/v1/me").expect(200).json();

        assertThat(me.path("username").asString()).isEqualTo(KARL);
        assertThat(me.path("name").asString()).isEqualTo("Karl Berg");
        assertThat(me.path("userType").asString()).isEqualTo("ACCOUNT_ADMINISTRATOR");
        assertThat(me.path("organisation").path("name").asString()).isEqualTo("Nordkust Logistik AB");
        assertThat(me.path("scopeAccountId").asString()).isEqualTo(oracle.accountIdByAlias("Region Väst"));
        assertThat(me.path("rights").size()).isEqualTo(7);
        assertThat(me.path("rights").toString()).doesNotContain("MANAGE_USERS");
    }

    @Test
    void findsTheUserWhateverTheCaseOfTheTokensSubject() {
        assertThat(as("Anna.Admin@Nordkust.SE").get("/api/v1/me").expect(200).json().path("userType").asString())
                .isEqualTo("ADMINISTRATOR");
    }

    @Test
    void refusesADisabledUser() {
        jdbc.update("update portal_user set enabled = false where username = ?", SOFIA);
        try {
            as(SOFIA).get("/api/v1/me").problem(401);
        } finally {
            jdbc.update("update portal_user set enabled = true where username = ?", SOFIA);
        }
    }
}
