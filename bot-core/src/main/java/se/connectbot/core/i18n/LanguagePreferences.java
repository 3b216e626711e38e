package se.connectbot.core.i18n;

import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.connectbot.core.chat.ChatUser;

/**
 * Which language to answer a chat user in: their stored choice, else the platform's locale when
 * the bot speaks it, else Swedish. Thread-safe.
 */
@Component
public class LanguagePreferences implements UserLanguages {

    private final UserLanguageRepository repository;
    private final Clock clock;

    LanguagePreferences(UserLanguageRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public Language resolve(ChatUser user, @Nullable Locale platformLocale) {
        return stored(user).or(() -> Language.of(platformLocale)).orElse(Language.DEFAULT);
    }

    @Transactional(readOnly = true)
    public Optional<Language> stored(ChatUser user) {
        return repository.findByPlatformAndWorkspaceIdAndUserId(user.platform(), user.workspaceId(), user.userId())
                .map(UserLanguage::language);
    }

    @Transactional
    public void choose(ChatUser user, Language language) {
        repository.findByPlatformAndWorkspaceIdAndUserId(user.platform(), user.workspaceId(), user.userId())
                .ifPresentOrElse(
                        existing -> existing.change(language, clock.instant()),
                        () -> repository.save(new UserLanguage(user.platform(), user.workspaceId(), user.userId(),
                                language, clock.instant())));
    }
}
