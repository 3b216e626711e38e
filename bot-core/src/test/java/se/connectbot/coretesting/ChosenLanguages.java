package se.connectbot.coretesting;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import se.connectbot.core.chat.ChatUser;
import se.connectbot.core.i18n.Language;
import se.connectbot.core.i18n.UserLanguages;

/**
 * The core's language rule without its database: a language a user chose (a test says they said
 * {@code language english}), else the platform's locale, else Swedish.
 */
public final class ChosenLanguages implements UserLanguages {

    private final Map<ChatUser, Language> chosen = new ConcurrentHashMap<>();

    @Override
    public Language resolve(ChatUser user, @Nullable Locale platformLocale) {
        Language choice = chosen.get(user);
        return choice != null ? choice : Language.of(platformLocale).orElse(Language.DEFAULT);
    }

    public void choose(ChatUser user, Language language) {
        chosen.put(user, language);
    }

    public void reset() {
        chosen.clear();
    }
}
