package se.connectbot.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The web chat page's own words come from the core's bundles ({@code GET /api/chat/texts}): every
 * word chat.js and index.html ask for, in both languages, and nothing else. The keys are read out
 * of the page as served, so a word added to the page but not to the bundles fails here.
 */
@WholeBotTest
class WebChatTextsTest {

    /** {@code t('key'…)}: a word the script asks for by name. */
    private static final Pattern T_CALL = Pattern.compile("\\bt\\('([A-Za-z]+)'");
    /** Any call of {@code t(}, named or not, to be sure {@link #T_CALL} saw them all. */
    private static final Pattern ANY_T_CALL = Pattern.compile("\\bt\\(([^)]{0,40})");
    /** {@code pageWord(tag, className, 'key'…)}: a word shown and translated again on a switch. */
    private static final Pattern PAGE_WORD = Pattern.compile("\\bpageWord\\('[^']*', (?:null|'[^']*'), '([A-Za-z]+)'");
    private static final Pattern ANY_PAGE_WORD = Pattern.compile("\\bpageWord\\(");
    /** {@code dataset.i18nLabel = 'key'}: an aria-label translated on a switch. */
    private static final Pattern LABEL = Pattern.compile("\\.i18nLabel = '([A-Za-z]+)'");
    /** index.html's {@code data-i18n="key"}, {@code data-i18n-label="key"}, {@code data-i18n-placeholder="key"}. */
    private static final Pattern HTML_KEY = Pattern.compile("data-i18n(?:-label|-placeholder)?=\"([A-Za-z]+)\"");

    /** The calls of {@code t(} that take their key from elsewhere: the definition and the translation of marked nodes. */
    private static final Set<String> NOT_NAMED = Set.of("key, ...args", "node.dataset.i18n");

    @LocalServerPort
    int port;

    WebChatClient browser;
    JsonMapper json = JsonMapper.builder().build();

    @BeforeEach
    void openThePage() {
        browser = new WebChatClient(URI.create("http://localhost:" + port));
    }

    @Test
    void answersEveryWordThePageUsesInBothLanguagesAndNoOther() {
        Set<String> used = wordsThePageUses();
        assertThat(used).as("the parse found the page's words").contains("greeting", "pageOf", "signIn", "choose", "title", "quick");
        List<String> quick = new ArrayList<>();
        browser.session().get("quick").forEach(name -> quick.add(name.asString()));
        assertThat(quick).as("the session names every quick button when no one is signed in").hasSize(9);

        for (String locale : List.of("sv", "en")) {
            JsonNode texts = texts("?locale=" + locale);
            assertThat(new TreeSet<>(texts.propertyNames())).as("the words for %s", locale).isEqualTo(new TreeSet<>(used));
            for (String name : used) {
                if (!name.equals("quick")) {
                    assertThat(texts.get(name).isString()).as("%s in %s", name, locale).isTrue();
                    assertThat(texts.get(name).asString()).as("%s in %s", name, locale).isNotBlank().doesNotStartWith("[");
                }
            }
            assertThat(new ArrayList<>(texts.get("quick").propertyNames())).as("the quick buttons for %s, in order", locale)
                    .isEqualTo(quick);
            quick.forEach(name -> assertThat(texts.get("quick").get(name).asString()).isNotBlank());
        }

        JsonNode sv = texts("?locale=sv");
        JsonNode en = texts("?locale=en");
        assertThat(sv.get("send").asString()).isEqualTo("Skicka");
        assertThat(en.get("send").asString()).isEqualTo("Send");
        assertThat(sv.get("pageOf").asString()).as("placeholders are the page's to fill").isEqualTo("Sida {0} av {1} ({2} st)");
        assertThat(en.get("greeting").asString()).startsWith("Hi {0}!");
        assertThat(sv.get("quick").get("topup").asString()).as("a quick button sends a command the bot knows").isEqualTo("fyll på");
        assertThat(en.get("quick").get("topup").asString()).isEqualTo("topup");
    }

    @Test
    void givesSwedishForALanguageItDoesNotSpeakOrNoneAtAll() {
        JsonNode sv = texts("?locale=sv");

        assertThat(texts("?locale=de")).isEqualTo(sv);
        assertThat(texts("?locale=")).isEqualTo(sv);
        assertThat(texts("")).isEqualTo(sv);
        assertThat(texts("?locale=en")).isNotEqualTo(sv);
    }

    @Test
    void mayBeKeptByCachesAsTheSameForEveryone() {
        HttpResponse<String> response = browser.get(URI.create("http://localhost:" + port + "/api/chat/texts?locale=en"));

        assertThat(response.headers().firstValue("Cache-Control")).hasValue("max-age=600, public");
        assertThat(response.headers().allValues("Set-Cookie")).as("no session is made for the words").isEmpty();
    }

    private JsonNode texts(String query) {
        HttpResponse<String> response = browser.get(URI.create("http://localhost:" + port + "/api/chat/texts" + query));
        assertThat(response.statusCode()).as("GET /api/chat/texts%s", query).isEqualTo(200);
        return json.readTree(response.body());
    }

    /** The names of the words chat.js and index.html ask for, read out of them as the bot serves them. */
    private Set<String> wordsThePageUses() {
        String script = page("/chat.js");
        String html = page("/");
        Set<String> words = new TreeSet<>();
        words.addAll(all(T_CALL, script));
        words.addAll(all(PAGE_WORD, script));
        words.addAll(all(LABEL, script));
        words.addAll(all(HTML_KEY, html));

        List<String> unnamed = all(ANY_T_CALL, script).stream().filter(call -> !call.startsWith("'")).toList();
        assertThat(unnamed).as("every t( call names its word, or is one of the known others").allMatch(
                call -> NOT_NAMED.stream().anyMatch(call::startsWith));
        assertThat(all(PAGE_WORD, script)).as("every pageWord( call was read")
                .hasSize(count(ANY_PAGE_WORD, script) - 1);
        return words;
    }

    private String page(String path) {
        HttpResponse<String> response = browser.get(URI.create("http://localhost:" + port + path));
        assertThat(response.statusCode()).as("GET %s", path).isEqualTo(200);
        return response.body();
    }

    private static List<String> all(Pattern pattern, String text) {
        List<String> found = new ArrayList<>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }

    private static int count(Pattern pattern, String text) {
        return (int) pattern.matcher(text).results().count();
    }
}
