package se.connectbot.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.test.context.TestPropertySource;

/**
 * Times a page of the services list, as the signed-in Administratör of the largest customer
 * asks for it, at the data size given by {@code -Dsandbox.demo.size=large} (or default). Not
 * part of the suite (the name does not end in Test, and it runs only with
 * {@code -Dbenchmark=true}); run it with
 * {@code mvn -pl portal-sandbox test -Dtest=ServicesListBenchmark -Dbenchmark=true -Dsandbox.demo.size=large}.
 * A database of its own keeps its data apart from the suite's.
 */
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
@TestPropertySource(properties = "embedded-db.database=sandbox_benchmark")
class ServicesListBenchmark extends PortalApiTest {

    private static final int ROUNDS = 30;

    @Test
    void timesAServicesListPage() {
        long total = as(ANNA).get("/api/v1/services?size=1").expect(200).json().path("totalItems").asLong();
        System.out.printf(Locale.ROOT, "%nServices visible to %s: %d (all services: %d)%n", ANNA, total,
                jdbc.queryForObject("select count(*) from service", Long.class));
        report("first page, default sort (name)", "/api/v1/services");
        report("page 50, sorted by -startDate", "/api/v1/services?page=50&sort=-startDate");
        report("free text 'Göteborg'", "/api/v1/services?q=Göteborg");
        report("phone number filter", "/api/v1/services?phoneNumber=" + jdbc.queryForObject(
                "select phone_number from service where kind = 'MOBILE' order by id limit 1", String.class));
        report("Kontoadministratör (Region Väst)", "/api/v1/services", KARL);
    }

    private void report(String what, String path) {
        report(what, path, ANNA);
    }

    private void report(String what, String path, String user) {
        for (int i = 0; i < 5; i++) {
            as(user).get(path).expect(200);
        }
        List<Long> micros = new ArrayList<>();
        for (int i = 0; i < ROUNDS; i++) {
            long start = System.nanoTime();
            as(user).get(path).expect(200);
            micros.add((System.nanoTime() - start) / 1000);
        }
        Collections.sort(micros);
        assertThat(micros).hasSize(ROUNDS);
        System.out.printf(Locale.ROOT, "%-40s median %6.1f ms, p90 %6.1f ms%n", what, micros.get(ROUNDS / 2) / 1000.0,
                micros.get(ROUNDS * 9 / 10) / 1000.0);
    }
}
