package se.connectbot.sandbox.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LuhnTest {

    @Test
    void computesTheCheckDigitOfKnownNumbers() {
        assertThat(Luhn.checkDigit("556677889")).isEqualTo(9);
        assertThat(Luhn.checkDigit("7992739871")).isEqualTo(3);
        assertThat(Luhn.valid("556036-0793")).isTrue();
        assertThat(Luhn.valid("556036-0794")).isFalse();
    }

    @Test
    void makesOcrReferencesWithALengthAndACheckDigit() {
        String ocr = InvoiceGenerator.ocr("7000100001");

        assertThat(ocr).startsWith("7000100001").hasSize(12);
        assertThat(ocr.charAt(10)).isEqualTo('2');
        assertThat(Luhn.valid(ocr)).isTrue();
    }
}
