package se.connectbot.sandbox.service;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneNumbersTest {

    @ParameterizedTest
    @ValueSource(strings = {"0701234567", "070-123 45 67", "+46701234567", "+46 70 123 45 67", "0046701234567", " 46701234567"})
    void readsTheWaysPeopleWriteAMobileNumber(String written) {
        assertThat(PhoneNumbers.toE164(written)).contains("+46701234567");
    }

    @ParameterizedTest
    @ValueSource(strings = {"12345", "070", "+4670", "hello", "+1 555 0100"})
    void refusesWhatIsNoSwedishNumber(String written) {
        assertThat(PhoneNumbers.toE164(written)).isEmpty();
    }
}
