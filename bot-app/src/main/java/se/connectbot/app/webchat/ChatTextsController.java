package se.connectbot.app.webchat;

import java.time.Duration;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import se.connectbot.core.i18n.Language;
import se.connectbot.core.i18n.Messages;

/**
 * {@code GET /api/chat/texts?locale=sv|en}: the page's own words (its buttons, labels and
 * greeting) from the core's bundles, under the names chat.js asks for. Only the words on the
 * list below go out, never the rest of the bundle; placeholders stay as {@code {0}} for the page
 * to fill. A language we do not speak gets Swedish. The same for everyone, so caches may keep it.
 */
@RestController
@RequestMapping("/api/chat")
@ConditionalOnBooleanProperty(name = "connectbot.web-chat.enabled", matchIfMissing = true)
class ChatTextsController {

    /** Long enough to spare the page a round trip per language switch, short enough that a release shows soon. */
    static final Duration MAX_AGE = Duration.ofMinutes(10);

    /** The page's name of each word, and the bundle key it comes from. */
    static final Map<String, String> PAGE_KEYS = pageKeys();

    private final Map<Language, Map<String, Object>> texts = new EnumMap<>(Language.class);

    ChatTextsController() {
        for (Language language : Language.values()) {
            texts.put(language, texts(Messages.of(language)));
        }
    }

    @GetMapping("/texts")
    ResponseEntity<Map<String, Object>> texts(@RequestParam(required = false) @Nullable String locale) {
        Language language = locale == null ? Language.DEFAULT
                : Language.of(Locale.forLanguageTag(locale)).orElse(Language.DEFAULT);
        return ResponseEntity.ok()
                .cacheControl(CacheControl.maxAge(MAX_AGE).cachePublic())
                .body(texts.get(language));
    }

    /** The words, and under {@code quick} the quick buttons' commands in the page's order. */
    private static Map<String, Object> texts(Messages messages) {
        Map<String, Object> words = new LinkedHashMap<>();
        PAGE_KEYS.forEach((name, key) -> words.put(name, text(messages, key)));
        Map<String, String> quick = new LinkedHashMap<>();
        QuickCommands.all().forEach(name -> quick.put(name, text(messages, "webchat.quick." + name)));
        words.put("quick", Collections.unmodifiableMap(quick));
        return Collections.unmodifiableMap(words);
    }

    private static String text(Messages messages, String key) {
        String text = messages.find(key);
        if (text == null) {
            throw new IllegalStateException("The web chat's text " + key + " is missing in " + messages.language());
        }
        return text;
    }

    /** A list rather than logic (hence its length): what leaves the bot is exactly what is written here. */
    private static Map<String, String> pageKeys() {
        Map<String, String> keys = new LinkedHashMap<>();
        keys.put("title", "webchat.title");
        keys.put("tagline", "webchat.tagline");
        keys.put("skipToComposer", "webchat.skip.to.composer");
        keys.put("signedInAs", "webchat.signed.in.as");
        keys.put("signIn", "meaning.login");
        keys.put("signOut", "meaning.logout");
        keys.put("language", "webchat.language");
        keys.put("welcomeTitle", "webchat.welcome.title");
        keys.put("welcomeText", "webchat.welcome.text");
        keys.put("welcomeSignIn", "webchat.welcome.sign.in");
        keys.put("chatTitle", "webchat.chat.title");
        keys.put("working", "webchat.working");
        keys.put("quickCommands", "webchat.quick.commands");
        keys.put("messageLabel", "webchat.message.label");
        keys.put("messagePlaceholder", "webchat.message.placeholder");
        keys.put("send", "webchat.send");
        keys.put("composerHint", "webchat.composer.hint");
        keys.put("you", "webchat.you");
        keys.put("bot", "webchat.bot");
        keys.put("greeting", "webchat.greeting");
        keys.put("greetingNoName", "webchat.greeting.no.name");
        keys.put("failed", "webchat.failed");
        keys.put("retry", "webchat.retry");
        keys.put("serverError", "webchat.server.error");
        keys.put("pageOf", "adapter.page");
        keys.put("pages", "webchat.pages");
        keys.put("actions", "webchat.actions");
        keys.put("choose", "webchat.choose");
        keys.put("chooseOne", "webchat.choose.one");
        keys.put("download", "webchat.download");
        keys.put("submitted", "webchat.submitted");
        keys.put("closeNotice", "webchat.close.notice");
        keys.put("tooLong", "webchat.too.long");
        keys.put("badRequest", "webchat.bad.request");
        return Collections.unmodifiableMap(keys);
    }
}
