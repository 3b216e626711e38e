package se.connectbot.sandbox.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import se.connectbot.sandbox.ApiResponse;
import se.connectbot.sandbox.PortalApiTest;
import tools.jackson.databind.JsonNode;

class ReportTest extends PortalApiTest {

    @Test
    void definesTheFourReportsWithSwedishColumnTitles() {
        JsonNode reports = as(ANNA).get("/api/v1/reports").expect(200).json();

        assertThat(reports.findValuesAsString("kind")).containsExactlyInAnyOrder("SERVICES", "INVOICES", "MOBILE_USAGE", "TICKETS");
        assertThat(reports.findValuesAsString("title")).contains("Tjänster", "Fakturor", "Mobilanvändning", "Ärenden");
        assertThat(reports.toString()).contains("Telefonnummer", "Förfallodatum", "Månadsavgift exkl. moms", "Ärendenummer");
    }

    @Test
    void readsAReportInSlicesWithoutGapsOrRepeats() {
        List<String> ids = new ArrayList<>();
        String cursor = null;
        int slices = 0;
        do {
            JsonNode page = as(KARL).get("/api/v1/reports/SERVICES?size=13" + (cursor == null ? "" : "&cursor=" + cursor)).expect(200).json();
            int columns = page.path("columns").size();
            page.path("rows").forEach(row -> {
                assertThat(row.size()).isEqualTo(columns);
                ids.add(row.get(0).asString());
            });
            cursor = ApiResponse.nextCursor(page);
            slices++;
        } while (cursor != null);

        assertThat(new HashSet<>(ids)).hasSameSizeAs(ids).isEqualTo(oracle.services(KARL));
        assertThat(slices).isEqualTo((ids.size() + 12) / 13 + (ids.size() % 13 == 0 ? 1 : 0));
    }

    @Test
    void givesTwelveMonthsPerSubscriptionInTheMobileUsageReport() {
        Set<String> months = new HashSet<>();
        List<String> subscriptions = new ArrayList<>();
        String cursor = null;
        do {
            JsonNode page = as(ERIK).get("/api/v1/reports/MOBILE_USAGE?size=50" + (cursor == null ? "" : "&cursor=" + cursor))
                    .expect(200).json();
            page.path("rows").forEach(row -> {
                subscriptions.add(row.get(0).asString());
                months.add(row.get(5).asString());
            });
            cursor = ApiResponse.nextCursor(page);
        } while (cursor != null);

        assertThat(months).hasSize(12);
        assertThat(subscriptions).hasSize(12 * new HashSet<>(subscriptions).size());
    }

    @Test
    void writesCellsAsTheContractSays() {
        JsonNode rows = as(SOFIA).get("/api/v1/reports/INVOICES?size=20").expect(200).json().path("rows");

        rows.forEach(row -> {
            assertThat(row.get(2).asString()).matches("\\d{4}-\\d{2}-\\d{2}");
            assertThat(row.get(7).asString()).matches("\\d+\\.\\d{2}");
            assertThat(row.get(10).asString()).matches("|\\d{4}-\\d{2}-\\d{2}");
        });
    }
}
