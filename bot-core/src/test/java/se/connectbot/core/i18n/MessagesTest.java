package se.connectbot.core.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class MessagesTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d}");

    @Test
    void bothLanguagesHaveTheSameTextsWithTheSamePlaceholders() {
        Messages sv = Messages.of(Language.SV);
        Messages en = Messages.of(Language.EN);
        assertThat(new TreeSet<>(en.keys())).isEqualTo(new TreeSet<>(sv.keys()));
        for (String key : sv.keys()) {
            assertThat(placeholders(en.get(key))).as(key).isEqualTo(placeholders(sv.get(key)));
        }
    }

    @Test
    void countingGroupsWholeNumbersTheLanguagesWayAndLeavesTextAsItIs() {
        assertThat(Messages.of(Language.SV).counting("adapter.page", 1, 150, 1_500L)).isEqualTo("Sida 1 av 150 (1 500 st)");
        assertThat(Messages.of(Language.EN).counting("adapter.page", 1, 150, 1_500L)).isEqualTo("Page 1 of 150 (1,500 items)");
        assertThat(Messages.of(Language.SV).counting("status.none", "1000")).isEqualTo("Ingen tjänst matchar ”1000”.");
    }

    @Test
    void readsUtf8AndFillsPlaceholdersVerbatim() {
        assertThat(Messages.of(Language.SV).get("status.none", "tjänst {1} 'x'")).isEqualTo("Ingen tjänst matchar ”tjänst {1} 'x'”.");
        assertThat(Messages.of(Language.EN).get("status.none", "it's")).isEqualTo("No service matches \"it's\".");
    }

    @Test
    void showsAMissingKeyVisiblyRatherThanFailing() {
        assertThat(Messages.of(Language.SV).get("no.such.key")).isEqualTo("[no.such.key]");
    }

    @Test
    void choosesTheLanguageOfAPlatformLocaleItSpeaks() {
        assertThat(Language.of(Locale.forLanguageTag("en-US"))).contains(Language.EN);
        assertThat(Language.of(Locale.forLanguageTag("sv-FI"))).contains(Language.SV);
        assertThat(Language.of(Locale.GERMAN)).isEmpty();
        assertThat(Language.parse("Svenska")).contains(Language.SV);
        assertThat(Language.parse("ENGELSKA")).contains(Language.EN);
        assertThat(Language.parse("fr")).isEmpty();
    }

    private static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }
}
