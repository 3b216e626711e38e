package se.connectbot.discord.testing;

import java.util.Locale;
import org.jspecify.annotations.Nullable;
import se.connectbot.core.chat.ChatUser;
import se.connectbot.core.i18n.Language;
import se.connectbot.core.i18n.UserLanguages;

/** The core's language rule without its database: the platform's locale, else Swedish. */
public final class PlatformLanguages implements UserLanguages {

    @Override
    public Language resolve(ChatUser user, @Nullable Locale platformLocale) {
        return Language.of(platformLocale).orElse(Language.DEFAULT);
    }
}
