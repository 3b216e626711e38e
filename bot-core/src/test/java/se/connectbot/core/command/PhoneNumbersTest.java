package se.connectbot.core.command;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneNumbersTest {

    @ParameterizedTest
    @CsvSource({
            "0701234567, +46701234567", "070-123 45 67, +46701234567", "+46 70 123 45 67, +46701234567",
            "0046701234567, +46701234567", "(070) 123 45 67, +46701234567", "031-123456, +4631123456",
            "08-600 10 00, +4686001000", "+4915112345678, +4915112345678"})
    void turnsWhatPeopleTypeIntoE164(String typed, String e164) {
        assertThat(PhoneNumbers.looksLikePhone(typed)).isTrue();
        assertThat(PhoneNumbers.toE164(typed)).contains(e164);
    }

    @ParameterizedTest
    @ValueSource(strings = {"07012", "070123456789", "+46 70 123", "0070", "12345", "+4670123456789", "1234567890"})
    void refusesNumbersThatCannotBe(String typed) {
        assertThat(PhoneNumbers.toE164(typed)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"bredband", "svc-m1", "Lagergatan 5", "5GB", "411 01"})
    void doesNotTakeOtherTextForPhoneNumbers(String typed) {
        assertThat(PhoneNumbers.looksLikePhone(typed)).isFalse();
    }

    @ParameterizedTest
    @CsvSource({"+46701234567, 070-123 45 67", "+46727361319, 072-736 13 19", "+4686001000, 08-600 10 00",
            "+46812345678, 08-123 456 78", "+46101234500, 010-123 45 00", "+4631123456, 031-12 34 56", "+46920123456, 0920-12 34 56",
            "+4692012345, 0920-123 45", "+4915112345678, +4915112345678"})
    void showsSwedishNumbersTheSwedishWay(String e164, String shown) {
        assertThat(PhoneNumbers.display(e164)).isEqualTo(shown);
    }
}
