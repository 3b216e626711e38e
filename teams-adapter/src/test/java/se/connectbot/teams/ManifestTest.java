package se.connectbot.teams;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The app package's command menu ({@code config/teams/manifest.json}, Swedish, and its English
 * translation {@code en.json}) within what Teams' app validation accepts: at most 10 commands per
 * list, each scope in one list, titles of at most 32 and descriptions of at most 128 characters,
 * and an English title and description for every command.
 */
class ManifestTest {

    private static final Path CONFIG = Path.of("..", "config", "teams");
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void commandListsKeepWithinTeamsLimitsAndAreAllTranslated() throws IOException {
        JsonNode manifest = json.readTree(CONFIG.resolve("manifest.json").toFile());
        JsonNode english = json.readTree(CONFIG.resolve("en.json").toFile());
        JsonNode lists = manifest.path("bots").path(0).path("commandLists");
        Set<String> scopes = new HashSet<>();
        Set<String> titles = new HashSet<>();
        Set<String> translated = new HashSet<>();
        english.fieldNames().forEachRemaining(k -> {
            if (k.startsWith("bots[")) {
                translated.add(k);
            }
        });
        int keys = 0;
        for (int l = 0; l < lists.size(); l++) {
            JsonNode list = lists.get(l);
            list.path("scopes").forEach(s -> assertThat(scopes.add(s.asText())).as("scope %s in one list", s).isTrue());
            JsonNode commands = list.path("commands");
            assertThat(commands.size()).as("list %d", l).isBetween(1, 10);
            for (int c = 0; c < commands.size(); c++) {
                String prefix = "bots[0].commandLists[" + l + "].commands[" + c + "].";
                JsonNode command = commands.get(c);
                titles.add(command.path("title").asText());
                assertThat(command.path("title").asText()).hasSizeBetween(1, 32);
                assertThat(command.path("description").asText()).hasSizeBetween(1, 128);
                assertThat(english.path(prefix + "title").asText()).as(prefix).hasSizeBetween(1, 32);
                assertThat(english.path(prefix + "description").asText()).as(prefix).hasSizeBetween(1, 128);
                keys += 2;
            }
        }
        assertThat(translated).as("no translation of a command that is not there").hasSize(keys);
        assertThat(scopes).containsExactlyInAnyOrder("personal", "team", "groupChat");
        assertThat(titles).contains("prenumerera drift", "prenumerationer", "avsluta prenumeration", "rapport", "förbrukning");
    }
}
