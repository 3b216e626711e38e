package se.connectbot.core.notice;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import se.connectbot.core.command.Args;
import se.connectbot.portal.api.Outage;

/** Filters as people type them, and a did-you-mean for what is not understood. */
class FilterParserTest {

    private static final Scope SCOPE = new Scope(Map.of("acc-n-east", new Scope.Area("Region Öst", Set.of(), Set.of("Norrköping"), true)));

    @Test
    void readsPlacesNetworksSeverityAndAccount() {
        FilterParser.Result.Parsed parsed = parsed("Göteborg 411 01 4g 5G större konto acc-n-east");
        assertThat(parsed.filter()).isEqualTo(new NoticeFilter(Set.of("Göteborg"), Set.of("411 01"), Set.of("G4", "G5"),
                Set.of("acc-n-east"), Outage.Severity.MAJOR));
        assertThat(parsed.quiet()).isNull();
        assertThat(parsed("upplands väsby fast kritisk").filter())
                .isEqualTo(new NoticeFilter(Set.of("Upplands Väsby"), Set.of(), Set.of("FIXED"), Set.of(), Outage.Severity.CRITICAL));
        assertThat(parsed("konto region").filter().accounts()).containsExactly("acc-n-east");
    }

    @Test
    void readsQuietHoursWithCriticalPassingThrough() {
        FilterParser.Result.Parsed parsed = parsed("tyst 18-07 helger helgdagar kritiska igenom");
        assertThat(parsed.quiet()).isEqualTo(new QuietHours(LocalTime.of(18, 0), LocalTime.of(7, 0), true, true, true));
        assertThat(parsed.filter().minSeverity()).isEqualTo(Outage.Severity.MINOR);
        assertThat(parsed("default").filter()).isEqualTo(NoticeFilter.DEFAULT);
    }

    @Test
    void offersTheClosestMunicipalityOrNetwork() {
        assertThat(FilterParser.parse(Args.of("Götebrog").tokens(), SCOPE)).isEqualTo(new FilterParser.Result.Unknown("Götebrog", "Göteborg"));
        assertThat(FilterParser.parse(Args.of("norkoping 4G").tokens(), SCOPE)).isEqualTo(new FilterParser.Result.Unknown("norkoping", "Norrköping"));
        assertThat(FilterParser.parse(Args.of("4h").tokens(), SCOPE)).isEqualTo(new FilterParser.Result.Unknown("4h", "4G"));
        assertThat(FilterParser.parse(Args.of("xyzzyqq").tokens(), SCOPE)).isEqualTo(new FilterParser.Result.Unknown("xyzzyqq", null));
        assertThat(FilterParser.parse(Args.of("konto nope").tokens(), SCOPE)).isInstanceOf(FilterParser.Result.Unknown.class);
        assertThat(FilterParser.parse(Args.of("tyst 25-07").tokens(), SCOPE)).isInstanceOf(FilterParser.Result.Unknown.class);
    }

    private static FilterParser.Result.Parsed parsed(String text) {
        return (FilterParser.Result.Parsed) FilterParser.parse(List.copyOf(Args.of(text).tokens()), SCOPE);
    }
}
