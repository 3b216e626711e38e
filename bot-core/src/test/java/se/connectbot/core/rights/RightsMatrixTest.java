package se.connectbot.core.rights;

import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import se.connectbot.core.TranscriptTestSupport;
import se.connectbot.coretesting.ChatTranscript;
import se.connectbot.coretesting.DemoUsers;

/**
 * Every demo user against every command: each may do exactly what their rights allow, and is
 * told which right they lack otherwise. The expectations follow the demo users' rights as the
 * contract lists them, not the code's table.
 */
public class RightsMatrixTest extends TranscriptTestSupport {

    /** The command, and the right it needs (null: none). */
    public static final Map<String, String> COMMANDS = Map.ofEntries(
            Map.entry("översikt", "Se kontoöversikt"),
            Map.entry("status 0701234567", "Se tjänster"),
            Map.entry("beställningar", "Se tjänster"),
            Map.entry("fakturor", "Se fakturor"),
            Map.entry("fyll på", "Beställa tjänster"),
            Map.entry("ärende", "Se/skapa ärenden"),
            Map.entry("ärenden", "Se/skapa ärenden"),
            Map.entry("svara ARD-2026-000042", "Se/skapa ärenden"),
            Map.entry("driftstörningar", ""),
            Map.entry("vem är jag", ""),
            Map.entry("hjälp", ""),
            Map.entry("språk", ""));

    /** What each demo user lacks, in plain words, as COMMON.md describes them. */
    public static final Map<String, Set<String>> LACKS = Map.of(
            DemoUsers.ANNA, Set.of(),
            DemoUsers.KARL, Set.of("Hantera användare"),
            DemoUsers.NINA, Set.of("Se fakturor"),
            DemoUsers.LARS, Set.of("Hantera tjänster", "Beställa tjänster", "Hantera användare", "Se/skapa ärenden"),
            DemoUsers.ERIK, Set.of(),
            DemoUsers.SOFIA, Set.of());

    static Stream<Arguments> everyUserAndCommand() {
        return DemoUsers.ALL.stream().flatMap(user -> COMMANDS.keySet().stream().map(command -> Arguments.of(user, command)));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("everyUserAndCommand")
    void eachUserMayDoExactlyWhatTheirRightsAllow(String user, String command) {
        expectRights(signedIn(user).send(command), user, command);
    }

    /** Checks the last reply to {@code command} against what {@code user} may do. */
    public static void expectRights(ChatTranscript chat, String user, String command) {
        String right = COMMANDS.get(command);
        if (!right.isEmpty() && LACKS.get(user).contains(right)) {
            chat.expectText("du saknar rättigheten ”" + right + "”");
        } else {
            chat.expectNoText("du saknar rättigheten", "Något gick fel", "Portalen");
        }
    }
}
