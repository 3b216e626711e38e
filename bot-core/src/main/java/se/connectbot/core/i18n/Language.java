package se.connectbot.core.i18n;

import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** A language the bot speaks. Swedish is the default wherever nothing else is known. */
public enum Language {
    SV(Locale.forLanguageTag("sv-SE"), "sv", "svenska", "swedish", "se"),
    EN(Locale.forLanguageTag("en-GB"), "en", "english", "engelska", "eng");

    public static final Language DEFAULT = SV;

    private final Locale locale;
    private final String[] names;

    Language(Locale locale, String... names) {
        this.locale = locale;
        this.names = names;
    }

    public Locale locale() {
        return locale;
    }

    public String code() {
        return names[0];
    }

    /** The language of a platform's locale, if the bot speaks it. */
    public static Optional<Language> of(@Nullable Locale locale) {
        if (locale == null) {
            return Optional.empty();
        }
        for (Language language : values()) {
            if (language.locale.getLanguage().equals(locale.getLanguage())) {
                return Optional.of(language);
            }
        }
        return Optional.empty();
    }

    /** A language named by a user ({@code sv}, {@code svenska}, {@code English}, ...). */
    public static Optional<Language> parse(@Nullable String word) {
        if (word == null) {
            return Optional.empty();
        }
        String folded = Folding.fold(word);
        for (Language language : values()) {
            for (String name : language.names) {
                if (name.equals(folded)) {
                    return Optional.of(language);
                }
            }
        }
        return Optional.empty();
    }
}
