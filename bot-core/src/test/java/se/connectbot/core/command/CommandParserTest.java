package se.connectbot.core.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CommandParserTest {

    static final List<CommandSpec> SPECS = List.of(
            CommandSpec.open("help", Privacy.PERSONAL, 10, "help", "hjälp"),
            CommandSpec.open("login", Privacy.SECRET, 20, "login", "logga in"),
            CommandSpec.open("whoami", Privacy.PERSONAL, 40, "whoami", "vem är jag"),
            CommandSpec.personal("status", null, 60, "status", "tjänst"),
            CommandSpec.personal("invoices", null, 80, "invoices", "fakturor"),
            CommandSpec.personal("topup", null, 100, "topup", "fyll på"),
            CommandSpec.personal("ticket", null, 110, "ticket", "ärende"),
            CommandSpec.personal("tickets", null, 120, "tickets", "ärenden"),
            CommandSpec.open("outages", Privacy.PUBLIC, 70, "outages", "drift", "driftstörningar"));

    final CommandParser parser = new CommandParser(SPECS);

    @ParameterizedTest
    @CsvSource({
            "hjälp, help", "HJÄLP, help", "hjalp, help", "Help, help",
            "logga in, login", "LOGGA   IN, login", "vem ar jag, whoami", "Vem är jag?, help",
            "fyll pa 0701234567 5GB, topup", "/connect fakturor obetalda, invoices", "/status, status",
            "ärenden, tickets", "ARENDE, ticket", "Driftstörningar 4G, outages", "connect drift, outages"})
    void recognisesKeywordsInBothLanguagesWhateverTheCaseAndDiacritics(String text, String command) {
        if (text.equals("Vem är jag?")) {
            // "jag?" is no keyword word: the longest match is none, so it is unknown, not whoami
            assertThat(parser.parse(text)).isInstanceOf(ParseResult.Unknown.class);
            return;
        }
        assertThat(parser.parse(text)).isInstanceOfSatisfying(ParseResult.Recognised.class,
                r -> assertThat(r.spec().name()).isEqualTo(command));
    }

    @Test
    void keepsTheArgumentsAsTyped() {
        ParseResult.Recognised r = (ParseResult.Recognised) parser.parse("  /connect Fyll på  070-123 45 67   5GB ");
        assertThat(r.args().raw()).isEqualTo("070-123 45 67   5GB");
        assertThat(r.args().tokens()).containsExactly("070-123", "45", "67", "5GB");
    }

    @Test
    void keepsLineBreaksInTheArguments() {
        ParseResult.Recognised r = (ParseResult.Recognised) parser.parse("ärende Rubrik\nrad två");
        assertThat(r.args().raw()).isEqualTo("Rubrik\nrad två");
    }

    @Test
    void prefersTheLongerKeyword() {
        assertThat(((ParseResult.Recognised) parser.parse("ärenden alla")).spec().name()).isEqualTo("tickets");
    }

    @Test
    void suggestsTheClosestCommandsForATypo() {
        assertThat(parser.parse("stauts 0701234567")).isInstanceOfSatisfying(ParseResult.Unknown.class, u -> {
            assertThat(u.word()).isEqualTo("stauts");
            assertThat(u.suggestions()).containsExactly("status");
        });
        assertThat(((ParseResult.Unknown) parser.parse("fakturro")).suggestions()).containsExactly("fakturor");
        assertThat(((ParseResult.Unknown) parser.parse("invoces")).suggestions()).containsExactly("invoices");
    }

    @Test
    void suggestsByPrefix() {
        assertThat(((ParseResult.Unknown) parser.parse("faktu")).suggestions()).containsExactly("fakturor");
    }

    @Test
    void suggestsNothingForGibberish() {
        assertThat(((ParseResult.Unknown) parser.parse("qwxz")).suggestions()).isEmpty();
    }

    @Test
    void refusesTextOverFourThousandCharacters() {
        assertThat(parser.parse("status " + "x".repeat(3993))).isInstanceOf(ParseResult.Recognised.class);
        assertThat(parser.parse("status " + "x".repeat(3994))).isEqualTo(new ParseResult.TooLong(4001));
    }

    @Test
    void treatsBlankAsEmpty() {
        assertThat(parser.parse("   \n\t")).isInstanceOf(ParseResult.Empty.class);
        assertThat(parser.parse("/connect")).isInstanceOf(ParseResult.Empty.class);
    }

    @Test
    void refusesAKeywordClaimedByTwoCommands() {
        List<CommandSpec> clashing = List.of(CommandSpec.open("a", Privacy.PUBLIC, 1, "same"), CommandSpec.open("b", Privacy.PUBLIC, 2, "Same"));
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException().isThrownBy(() -> new CommandParser(clashing))
                .withMessageContaining("'same'");
    }
}
