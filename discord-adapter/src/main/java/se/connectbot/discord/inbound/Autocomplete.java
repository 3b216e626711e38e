package se.connectbot.discord.inbound;

import java.util.List;
import net.dv8tion.jda.api.events.interaction.command.CommandAutoCompleteInteractionEvent;
import net.dv8tion.jda.api.interactions.commands.Command;
import org.jspecify.annotations.Nullable;
import se.connectbot.core.dispatch.InboundDispatch;
import se.connectbot.core.status.ServiceSuggestions;

/**
 * Suggestions while a user types a phone number or service into {@code /connect}: the linked
 * user's own services (the core's {@link ServiceSuggestions}, asked of the portal with that user's
 * token). Asked on the core's workers, not JDA's event thread; Discord shows nothing for an answer
 * later than 3 s. No suggestions (a user not signed in, a portal down) is an empty list, never an error.
 */
final class Autocomplete {

    private static final int MAX = 25;
    private static final int NAME = 100;

    private final InboundDispatch dispatch;
    private final @Nullable ServiceSuggestions suggestions;

    Autocomplete(InboundDispatch dispatch, @Nullable ServiceSuggestions suggestions) {
        this.dispatch = dispatch;
        this.suggestions = suggestions;
    }

    void answer(CommandAutoCompleteInteractionEvent e) {
        ServiceSuggestions services = suggestions;
        if (services == null || !CommandText.COMMAND.equals(e.getName())) {
            e.replyChoices(List.of()).queue();
            return;
        }
        String typed = e.getFocusedOption().getValue();
        dispatch.run("autocomplete for " + e.getUser().getId(), () -> {
            List<Command.Choice> choices = services.suggest(DiscordTurn.user(e.getUser().getId()), typed, MAX).stream()
                    .filter(s -> s.value().length() <= NAME)
                    .map(s -> new Command.Choice(s.label().length() <= NAME ? s.label() : s.label().substring(0, NAME - 1) + "…", s.value()))
                    .toList();
            e.replyChoices(choices).queue();
        });
    }
}
