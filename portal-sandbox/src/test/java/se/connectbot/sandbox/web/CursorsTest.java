package se.connectbot.sandbox.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CursorsTest {

    @Test
    void readsBackWhatItWrote() {
        assertThat(Cursors.decode("report-SERVICES", Cursors.encode("report-SERVICES", "svc-100001"))).isEqualTo("svc-100001");
        assertThat(Cursors.decodeNumber("outages", Cursors.encode("outages", "42"))).isEqualTo(42);
    }

    @Test
    void refusesCursorsOfAnotherKindOrNoneAtAll() {
        String other = Cursors.encode("report-TICKETS", "ARD-2026-000001");

        assertThatThrownBy(() -> Cursors.decode("report-SERVICES", other)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> Cursors.decode("outages", "@@@")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> Cursors.decodeNumber("outages", Cursors.encode("outages", "-1"))).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> Cursors.decodeNumber("outages", Cursors.encode("outages", "x"))).isInstanceOf(InvalidInputException.class);
    }
}
