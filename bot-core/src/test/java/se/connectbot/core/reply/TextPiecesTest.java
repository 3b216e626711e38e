package se.connectbot.core.reply;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextPiecesTest {

    @Test
    void textWithinTheLimitIsOnePieceAndEmptyTextNone() {
        assertThat(TextPieces.split("kort", 10, TextPieces.Guard.NONE)).containsExactly("kort");
        assertThat(TextPieces.split("", 10, TextPieces.Guard.NONE)).isEmpty();
    }

    @Test
    void aCutFallsAtALineBreakBeforeASpaceAndDropsOnlyThatCharacter() {
        assertThat(TextPieces.split("första raden\nandra ord", 16, TextPieces.Guard.NONE)).containsExactly("första raden", "andra ord");
        assertThat(TextPieces.split("ett två tre fyra", 10, TextPieces.Guard.NONE)).containsExactly("ett två", "tre fyra");
        assertThat(TextPieces.split("abc\n\ndefgh", 5, TextPieces.Guard.NONE)).containsExactly("abc\n", "defgh");
    }

    @Test
    void aBreakInTheFirstHalfIsNotUsedSoPiecesStayLong() {
        assertThat(TextPieces.split("a " + "b".repeat(18), 10, TextPieces.Guard.NONE))
                .containsExactly("a bbbbbbbb", "bbbbbbbbbb");
    }

    @Test
    void aHardCutNeverSplitsAnEmoji() {
        String text = "x".repeat(9) + "😀" + "y".repeat(5);

        List<String> pieces = TextPieces.split(text, 10, TextPieces.Guard.NONE);

        assertThat(pieces).containsExactly("x".repeat(9), "😀yyyyy");
    }

    @Test
    void theGuardMovesAHardCutBackButNeverToNothing() {
        TextPieces.Guard beforeTheAmpersand = (text, start, end) -> text.lastIndexOf('&', end - 1) >= 0 ? text.lastIndexOf('&', end - 1) : end;

        assertThat(TextPieces.split("abcdefg&amp;hij", 10, beforeTheAmpersand)).containsExactly("abcdefg", "&amp;hij");
        assertThat(TextPieces.split("&abcdefghijkl", 10, beforeTheAmpersand)).containsExactly("&abcdefghi", "jkl");
    }

    @Test
    void refusesALimitThatCannotHoldAnEmoji() {
        assertThatIllegalArgumentException().isThrownBy(() -> TextPieces.split("x", 1, TextPieces.Guard.NONE))
                .withMessage("a piece must take at least 2 characters but the limit was 1");
    }
}
