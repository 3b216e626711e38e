package se.connectbot.sandbox.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CopyTableTest {

    @Test
    void writesCopysTextFormatWithArraysAndEscapes() {
        CopyTable table = new CopyTable("t", "a", "b", "c", "d", "e");

        table.add("tab\there", null, List.of("x\"y", "back\\slash"), new BigDecimal("12.50"), LocalDate.of(2026, 11, 25));

        assertThat(table.text()).isEqualTo("tab\\there\t\\N\t{\"x\\\\\"y\",\"back\\\\\\\\slash\"}\t12.50\t2026-11-25\n");
        assertThat(table.rows()).isEqualTo(1);
    }
}
