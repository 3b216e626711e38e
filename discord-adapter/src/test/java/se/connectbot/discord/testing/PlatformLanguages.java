package se.connectbot.discord.testing;

import java.util.Locale;
import org.jspecify.annotations.Nullable;
import se.connectbot.core.chat.ChatUser;
import se.connectbot.core.i18n.Language;
import se.connectbot.core.i18n.UserLanguages;

/** The core's language rule without its database: a choice made in the test, else the platform's locale, else Swedish. */
public final class PlatformLanguages implements UserLanguages {

    private final java.util.Map<ChatUser, Language> chosen = new java.util.concurrent.ConcurrentHashMap<>();

    @Override
    public Language resolve(ChatUser user, @Nullable Locale platformLocale) {
        Language choice = chosen.get(user);
        return choice != null ? choice : Language.of(platformLocale).orElse(Language.DEFAULT);
    }

    /** As {@code språk engelska} stores it in the core. */
    public void choose(ChatUser user, Language language) {
        chosen.put(user, language);
    }
}
