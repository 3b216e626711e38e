package se.connectbot.core.i18n;

import java.util.Locale;
import org.jspecify.annotations.Nullable;
import se.connectbot.core.chat.ChatUser;

/**
 * Which language to speak to a chat user: the one they chose in the bot ({@code språk engelska}),
 * else their platform's locale when the bot speaks it, else Swedish. {@link LanguagePreferences}
 * is the core's; one method, so a test needs no database for it.
 */
@FunctionalInterface
public interface UserLanguages {

    Language resolve(ChatUser user, @Nullable Locale platformLocale);
}
