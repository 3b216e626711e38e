package se.connectbot.sandbox.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import se.connectbot.portal.api.Network;
import se.connectbot.portal.api.Outage;
import se.connectbot.portal.api.OutageKind;

/**
 * The operational information: outages going on now and some resolved in the last weeks, in
 * the towns where the demo customers have sites. A fixed-network outage lists the postcodes of
 * sites in its town, so it touches their connections. Each update was a change, so the
 * version counts them, and the change feed numbers the outages in the order they last changed.
 */
final class OutageGenerator {

    private final DemoContext demo;
    private final List<Draft> drafts = new ArrayList<>();
    private final Set<String> activeFixedPostcodes = new LinkedHashSet<>();

    OutageGenerator(DemoContext demo) {
        this.demo = demo;
    }

    /** The postcodes under an active fixed-network outage. */
    Set<String> activeFixedPostcodes() {
        return activeFixedPostcodes;
    }

    /** @return the feed number of the last change */
    int generate(List<DemoModel.Acct> accounts) {
        fixed(accounts, "Göteborg", "Fiberavbrott i centrala Göteborg", Outage.Severity.MAJOR, hoursAgo(3), 5, null,
                "Grävskador har orsakat ett fiberavbrott. Fasta anslutningar i de berörda postnumren saknar förbindelse.",
                "Tekniker är på plats och skarvning pågår.");
        mobile("Östersund", List.of("Åre"), List.of(Network.G4, Network.G5), "Störning i mobilnätet i Östersund och Åre",
                Outage.Severity.CRITICAL, hoursAgo(1.5), 3, null,
                "En basstation har slutat fungera. Mobildata och samtal över 4G och 5G påverkas.",
                "Felsökning pågår; trafiken går delvis över 2G och 3G.");
        mobile("Malmö", List.of("Lund"), List.of(Network.G2, Network.G3), "Begränsad täckning i 2G- och 3G-nätet i Malmö",
                Outage.Severity.MINOR, hoursAgo(20), 30, null, "Arbete på en mast ger sämre täckning för äldre telefoner.");
        mobile("Stockholm", List.of(), List.of(Network.G5), "Kapacitetsbrist i 5G-nätet i Stockholm city", Outage.Severity.MAJOR,
                hoursAgo(5), 4, null, "Hög belastning ger långsam mobildata i 5G-nätet.", "Trafiken flyttas till 4G vid behov.");
        fixed(accounts, "Borås", "Planerat underhåll av DSL-anslutningar i Borås", Outage.Severity.MINOR, hoursAgo(0.5), 3, null,
                "Planerat underhåll i telestationen. DSL-anslutningar kan ha korta avbrott.");
        fixed(accounts, "Uppsala", "Avbrott i fibernätet i Uppsala", Outage.Severity.MAJOR, daysAgo(3), 6, hoursAgo(66),
                "Ett fiberavbrott påverkade företagsanslutningar.", "Felet är lokaliserat.", "Felet är åtgärdat.");
        mobile("Luleå", List.of(), List.of(Network.G4), "Störning i 4G-nätet i Luleå", Outage.Severity.MAJOR, daysAgo(6), 4,
                hoursAgo(6 * 24 - 5), "Mobildata över 4G var långsam.", "Störningen är åtgärdad.");
        mobile("Kiruna", List.of("Gällivare"), List.of(Network.G2, Network.G3), "Avbrott i 2G- och 3G-nätet i Kiruna och Gällivare",
                Outage.Severity.CRITICAL, daysAgo(12), 8, hoursAgo(12 * 24 - 9), "Strömavbrott i en mast.", "Reservkraft är inkopplad.",
                "Normal drift.");
        fixed(accounts, "Helsingborg", "Avbrott för företagsbredband i Helsingborg", Outage.Severity.MINOR, daysAgo(2), 2,
                hoursAgo(47), "Ett kortare avbrott på grund av en trasig switch.", "Utrustningen är utbytt.");
        fixed(accounts, "Sundsvall", "Fiberavbrott i Sundsvall", Outage.Severity.MAJOR, daysAgo(20), 5, hoursAgo(20 * 24 - 6),
                "Fiberkabel skadad vid vägarbete.", "Kabeln är lagad.");
        mobile("Umeå", List.of("Skellefteå"), List.of(Network.G5), "Störning i 5G-nätet i Umeå", Outage.Severity.MINOR, daysAgo(9), 3,
                hoursAgo(9 * 24 - 2), "Mjukvaruuppdatering gav störningar i 5G.", "Uppdateringen är återställd.");
        fixed(accounts, "Halmstad", "Avbrott i telefoni och bredband i Halmstad", Outage.Severity.CRITICAL, daysAgo(26), 4,
                hoursAgo(26 * 24 - 3), "Brand i en teknikbod.", "Trafiken leds om.", "Allt fungerar igen.");
        mobile("Karlskrona", List.of("Ronneby"), List.of(Network.G3, Network.G4), "Störning i mobilnätet i Blekinge",
                Outage.Severity.MINOR, daysAgo(15), 2, hoursAgo(15 * 24 - 1), "Samtal kunde brytas.", "Störningen är åtgärdad.");
        return write();
    }

    private void fixed(List<DemoModel.Acct> accounts, String city, String title, Outage.Severity severity, Instant started,
            int expectedHours, @Nullable Instant resolved, String description, String... updates) {
        List<String> postcodes = accounts.stream().filter(account -> account.place().city().equals(city))
                .map(DemoModel.Acct::postcode).distinct().sorted().limit(3).toList();
        if (resolved == null) {
            activeFixedPostcodes.addAll(postcodes);
        }
        drafts.add(new Draft(title, description, OutageKind.FIXED, List.of(), severity, List.of(Place.named(city).municipality()),
                postcodes, started, started.plus(Duration.ofHours(expectedHours)), resolved, List.of(updates)));
    }

    private void mobile(String city, List<String> alsoCities, List<Network> networks, String title, Outage.Severity severity,
            Instant started, int expectedHours, @Nullable Instant resolved, String description, String... updates) {
        List<String> municipalities = new ArrayList<>();
        municipalities.add(Place.named(city).municipality());
        alsoCities.forEach(also -> municipalities.add(Place.named(also).municipality()));
        drafts.add(new Draft(title, description, OutageKind.MOBILE, networks, severity, municipalities, List.of(), started,
                started.plus(Duration.ofHours(expectedHours)), resolved, List.of(updates)));
    }

    private Instant hoursAgo(double hours) {
        return demo.now.minus(Duration.ofMinutes(Math.round(hours * 60)));
    }

    private Instant daysAgo(int days) {
        return demo.now.minus(Duration.ofDays(days));
    }

    private int write() {
        drafts.replaceAll(draft -> draft.notAfter(demo.now));
        drafts.sort(Comparator.comparing(Draft::lastChange));
        int seq = 0;
        for (Draft draft : drafts) {
            String id = demo.nextId("out", 200001);
            Duration step = Duration.between(draft.startedAt(), draft.lastChange()).dividedBy(draft.updates().size() + 1L);
            for (int i = 0; i < draft.updates().size(); i++) {
                demo.tables.outageUpdates.add(id, i + 1, draft.startedAt().plus(step.multipliedBy(i + 1L)), draft.updates().get(i));
            }
            long version = 1L + draft.updates().size() + (draft.resolvedAt() == null ? 0 : 1);
            demo.tables.outages.add(id, draft.title(), draft.description(), draft.kind().name(), draft.networks(),
                    draft.severity().name(), draft.municipalities(), draft.postcodes(), draft.startedAt(), draft.expectedEnd(),
                    draft.resolvedAt(), draft.resolvedAt() == null ? "ACTIVE" : "RESOLVED", draft.lastChange(), version, ++seq);
        }
        return seq;
    }

    private record Draft(String title, String description, OutageKind kind, List<Network> networks, Outage.Severity severity,
            List<String> municipalities, List<String> postcodes, Instant startedAt, Instant expectedEnd,
            @Nullable Instant resolvedAt, List<String> updates) {

        /** Resolved outages changed last when resolved; active ones with their latest update, a while ago. */
        Instant lastChange() {
            if (resolvedAt != null) {
                return resolvedAt;
            }
            return updates.isEmpty() ? startedAt : startedAt.plus(Duration.between(startedAt, expectedEnd).dividedBy(4));
        }

        Draft notAfter(Instant now) {
            return lastChange().isAfter(now) ? new Draft(title, description, kind, networks, severity, municipalities, postcodes,
                    startedAt, now.plus(Duration.between(startedAt, now).multipliedBy(3)), resolvedAt, updates) : this;
        }
    }
}
