package se.connectbot.core.language;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import se.connectbot.core.audit.AuditAction;
import se.connectbot.core.audit.AuditEntry;
import se.connectbot.core.audit.AuditLog;
import se.connectbot.core.command.CommandButtons;
import se.connectbot.core.command.CommandHandler;
import se.connectbot.core.command.CommandRequest;
import se.connectbot.core.i18n.Language;
import se.connectbot.core.i18n.LanguagePreferences;
import se.connectbot.core.i18n.Messages;
import se.connectbot.core.reply.Block;
import se.connectbot.core.reply.Reply;

/** {@code language [sv | en]}: shows or changes the language the bot answers this user in. */
@Component
class LanguageHandler implements CommandHandler {

    private final LanguagePreferences preferences;
    private final AuditLog audit;

    LanguageHandler(LanguagePreferences preferences, AuditLog audit) {
        this.preferences = preferences;
        this.audit = audit;
    }

    @Override
    public Reply handle(CommandRequest request) {
        if (request.args().isEmpty()) {
            return Reply.of(Block.text(request.text("language.current")), buttons());
        }
        Optional<Language> chosen = Language.parse(request.args().tokens().get(0));
        if (chosen.isEmpty()) {
            return Reply.of(new Block.Text(request.text("language.unknown", request.args().raw()), Block.Tone.WARNING), buttons());
        }
        preferences.choose(request.user(), chosen.get());
        audit.record(new AuditEntry(request.user(), request.conversation().channelId(), null, AuditAction.LANGUAGE_CHANGED,
                AuditEntry.Outcome.SUCCEEDED, chosen.get().code(), null));
        return Reply.of(new Block.Text(Messages.of(chosen.get()).get("language.changed"), Block.Tone.SUCCESS));
    }

    private static Block buttons() {
        return new Block.Choices(null, List.of(
                CommandButtons.run("Svenska", "language sv"),
                CommandButtons.run("English", "language en")), Block.ChoiceStyle.BUTTONS);
    }
}
