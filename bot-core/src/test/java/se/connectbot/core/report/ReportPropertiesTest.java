package se.connectbot.core.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import se.connectbot.portal.api.ReportPage;

class ReportPropertiesTest {

    @Test
    void asksForTheContractsLargestSliceUnlessToldOtherwise() {
        assertThat(bind(Map.of()).sliceSize()).isEqualTo(ReportPage.MAX_SIZE).isEqualTo(5000);
        assertThat(bind(Map.of("connectbot.reports.slice-size", "1000")).sliceSize()).isEqualTo(1000);
    }

    @Test
    void refusesASliceSizeTheContractDoesNotAllow() {
        assertThatThrownBy(() -> bind(Map.of("connectbot.reports.slice-size", "5001"))).hasRootCauseInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> bind(Map.of("connectbot.reports.slice-size", "0"))).hasRootCauseInstanceOf(IllegalArgumentException.class);
    }

    private static ReportProperties bind(Map<String, String> properties) {
        return new Binder(new MapConfigurationPropertySource(properties)).bindOrCreate("connectbot.reports", ReportProperties.class);
    }
}
