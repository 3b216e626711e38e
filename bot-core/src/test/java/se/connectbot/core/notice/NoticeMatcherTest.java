package se.connectbot.core.notice;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import se.connectbot.portal.api.Network;
import se.connectbot.portal.api.Outage;
import se.connectbot.portal.api.OutageKind;

/** The matching rules: severity, network, named places, and the owner's own areas by account. */
class NoticeMatcherTest {

    private static final Scope SCOPE = new Scope(Map.of(
            "acc-gbg", new Scope.Area("Göteborg", Set.of("411 01"), Set.of("Göteborg"), false),
            "acc-east", new Scope.Area("Region Öst", Set.of("602 10"), Set.of("Norrköping"), true)));

    @Test
    void aFixedOutageTouchesTheAccountsWhosePostcodeOrTownItNames() {
        assertThat(NoticeMatcher.affected(NoticeFilter.DEFAULT, SCOPE, fixed("Göteborg", "411 01")))
                .contains(List.of("Göteborg: 411 01, Göteborg"));
        assertThat(NoticeMatcher.affected(NoticeFilter.DEFAULT, SCOPE, fixed("Malmö", "211 20"))).isEmpty();
    }

    @Test
    void aMobileOutageTouchesOnlyAccountsWithMobilesInThatTown() {
        assertThat(NoticeMatcher.affected(NoticeFilter.DEFAULT, SCOPE, mobile("Göteborg", Network.G4))).isEmpty();
        assertThat(NoticeMatcher.affected(NoticeFilter.DEFAULT, SCOPE, mobile("norrköping", Network.G4)))
                .contains(List.of("Region Öst: Norrköping"));
    }

    @Test
    void anAccountFilterLeavesTheOtherAccountsAreasOut() {
        NoticeFilter east = new NoticeFilter(Set.of(), Set.of(), Set.of(), Set.of("acc-east"), Outage.Severity.MINOR);
        assertThat(NoticeMatcher.affected(east, SCOPE, fixed("Göteborg", "411 01"))).isEmpty();
        assertThat(NoticeMatcher.affected(east, SCOPE, fixed("Norrköping", "602 10"))).isPresent();
    }

    @Test
    void namedPlacesReplaceTheOwnAreasFoldedAsPeopleTypeThem() {
        NoticeFilter malmo = new NoticeFilter(Set.of("Malmö"), Set.of("602 10"), Set.of(), Set.of(), Outage.Severity.MINOR);
        assertThat(NoticeMatcher.affected(malmo, SCOPE, fixed("MALMO", "211 20"))).contains(List.of("MALMO"));
        assertThat(NoticeMatcher.affected(malmo, SCOPE, fixed("Norrköping", "602 10"))).contains(List.of("602 10"));
        assertThat(NoticeMatcher.affected(malmo, SCOPE, fixed("Göteborg", "411 01"))).isEmpty();
    }

    @Test
    void networksAndSeverityNarrow() {
        NoticeFilter fiveG = new NoticeFilter(Set.of("Norrköping"), Set.of(), Set.of("G5"), Set.of(), Outage.Severity.MINOR);
        assertThat(NoticeMatcher.affected(fiveG, SCOPE, mobile("Norrköping", Network.G4))).isEmpty();
        assertThat(NoticeMatcher.affected(fiveG, SCOPE, mobile("Norrköping", Network.G4, Network.G5))).isPresent();
        assertThat(NoticeMatcher.affected(fiveG, SCOPE, fixed("Norrköping", "602 10"))).isEmpty();
        NoticeFilter fixedOnly = new NoticeFilter(Set.of(), Set.of(), Set.of("FIXED"), Set.of(), Outage.Severity.MINOR);
        assertThat(NoticeMatcher.affected(fixedOnly, SCOPE, fixed("Norrköping", "602 10"))).isPresent();
        NoticeFilter critical = new NoticeFilter(Set.of(), Set.of(), Set.of(), Set.of(), Outage.Severity.CRITICAL);
        assertThat(NoticeMatcher.affected(critical, SCOPE, fixed("Norrköping", "602 10"))).isEmpty();
        assertThat(NoticeMatcher.affected(critical, SCOPE, outage(OutageKind.FIXED, Outage.Severity.CRITICAL, "Norrköping", "602 10")))
                .isPresent();
    }

    static Outage fixed(String town, String postcode) {
        return outage(OutageKind.FIXED, Outage.Severity.MAJOR, town, postcode);
    }

    static Outage mobile(String town, Network... networks) {
        return new Outage("o", "t", "d", OutageKind.MOBILE, List.of(networks), Outage.Severity.MAJOR, List.of(town), List.of(),
                Instant.EPOCH, null, null, Outage.OutageStatus.ACTIVE, List.of(), Instant.EPOCH, 1);
    }

    static Outage outage(OutageKind kind, Outage.Severity severity, String town, @Nullable String postcode) {
        return new Outage("o", "t", "d", kind, List.of(), severity, List.of(town), postcode == null ? List.of() : List.of(postcode),
                Instant.EPOCH, null, null, Outage.OutageStatus.ACTIVE, List.of(), Instant.EPOCH, 1);
    }
}
