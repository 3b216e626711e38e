package se.connectbot.core.command;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The parser reads anything a user can type, and never throws. */
class CommandParserPropertyTest {

    private final CommandParser parser = new CommandParser(CommandParserTest.SPECS);

    @Property(tries = 2000)
    void neverThrowsForAnyString(@ForAll String text) {
        assertThat(parser.parse(text)).isNotNull();
    }

    @Property(tries = 1000)
    void neverThrowsForCommandLikeText(@ForAll("commandLike") String text) {
        ParseResult result = parser.parse(text);
        if (result instanceof ParseResult.Recognised r && !r.args().tokens().isEmpty()) {
            // the arguments come from what the user typed, never from nowhere
            assertThat(text).containsIgnoringCase(r.args().tokens().get(0));
        }
    }

    @Property(tries = 200)
    void refusesEverythingLongerThanTheLimit(@ForAll("overLong") String text) {
        assertThat(parser.parse(text)).isInstanceOf(ParseResult.TooLong.class);
    }

    @Provide
    Arbitrary<String> commandLike() {
        Arbitrary<String> keyword = Arbitraries.of("status", "STATUS", "fyll på", "fyll pa", "/connect", "/", "ärende", "hjälp",
                "logga in", "vem är jag", "", " ", "\u0301", "\uD83D\uDE00", "\n");
        Arbitrary<String> rest = Arbitraries.strings().withChars("aåäö AÅÄÖ0123456789+-/\\\n\t\u00a0\u200b\u0301\uD83D\uDE00").ofMaxLength(60);
        return keyword.flatMap(k -> rest.map(r -> k + " " + r));
    }

    @Provide
    Arbitrary<String> overLong() {
        return Arbitraries.strings().ofMinLength(CommandParser.MAX_LENGTH + 1).ofMaxLength(CommandParser.MAX_LENGTH + 500);
    }
}
