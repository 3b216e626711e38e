package se.connectbot.core.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;
import se.connectbot.core.chat.Inbound;
import se.connectbot.core.command.Command;
import se.connectbot.core.command.CommandButtons;
import se.connectbot.core.command.CommandParser;
import se.connectbot.core.command.CommandRegistry;
import se.connectbot.core.command.CommandRequest;
import se.connectbot.core.command.CommandSpec;
import se.connectbot.core.command.ParseResult;
import se.connectbot.core.command.Privacy;
import se.connectbot.core.dialog.DialogActions;
import se.connectbot.core.dialog.DialogCommands;
import se.connectbot.core.dialog.Dialogs;
import se.connectbot.core.i18n.Language;
import se.connectbot.core.i18n.LanguagePreferences;
import se.connectbot.core.i18n.Messages;
import se.connectbot.core.linking.SignInPrompt;
import se.connectbot.core.reply.Block;
import se.connectbot.core.reply.Reply;
import se.connectbot.core.rights.Decision;
import se.connectbot.core.rights.Refusals;

/**
 * Routes one inbound event: a text goes to the user's active dialog (unless it is cancel or
 * back) or else to its command; a click goes to its dialog or runs the command it carries; a
 * form goes to its dialog. Checks sign-in and rights before a handler runs, and before a form is
 * taken (the checks of the command that offers it), and makes answers private in shared
 * conversations unless they are public. Takes user text only without spoofing characters.
 */
@Component
class InputRouter {

    /** The command whose answer a repeated sign-in prompt gets afresh. */
    private static final String LOGIN = "login";

    private final CommandRegistry registry;
    private final Dialogs dialogs;
    private final SignInPrompt signIn;
    private final LanguagePreferences languages;

    InputRouter(CommandRegistry registry, Dialogs dialogs, SignInPrompt signIn, LanguagePreferences languages) {
        this.registry = registry;
        this.dialogs = dialogs;
        this.signIn = signIn;
        this.languages = languages;
        dialogs.formCommands().forEach(name -> registry.byName(name).orElseThrow(() -> new IllegalStateException(
                "a dialog's form is offered by the command " + name + ", which is not registered; its checks could not apply")));
    }

    Reply route(CommandRequest request) {
        return switch (request.inbound().payload()) {
            case Inbound.Text(String text) -> text(request, UserText.clean(text));
            case Inbound.Action(String actionId, String value) -> action(request, new Inbound.Action(actionId, UserText.clean(value)));
            case Inbound.FormSubmission(String formId, var values) -> form(request, new Inbound.FormSubmission(formId, UserText.clean(values)));
        };
    }

    /** A repeat of a delivery answered with a sign-in link, which is never kept: the login command's answer, afresh. */
    Reply signInAgain(CommandRequest request) {
        return registry.byName(LOGIN).map(login -> run(request, login))
                .orElseGet(() -> signIn.reply(request, "login.prompt"));
    }

    /** A form passes the checks of the command that offers it before its dialog sees it. */
    private Reply form(CommandRequest request, Inbound.FormSubmission form) {
        Optional<Reply> refused = dialogs.commandOfForm(form.formId()).flatMap(registry::byName)
                .flatMap(offering -> refusal(request, offering.spec()));
        if (refused.isPresent()) {
            return refused.get();
        }
        return withNotice(dialogs.expireIdle(request), visible(request, dialogs.submit(request, form), Privacy.PERSONAL));
    }

    private Reply text(CommandRequest request, String text) {
        if (text.length() > CommandParser.MAX_LENGTH) {
            return command(request, text, new ParseResult.TooLong(text.length()));
        }
        Optional<Block> expired = dialogs.expireIdle(request);
        ParseResult parsed = registry.parse(text);
        if (dialogs.hasActive(request) && !isDialogControl(parsed)) {
            // during a dialog only a command by its keyword interrupts; a sentence is an answer
            return visible(request, answerOrCommand(request, text, parsed), Privacy.PERSONAL);
        }
        ParseResult understood = registry.understand(text);
        if (expired.isPresent() && !(understood instanceof ParseResult.Recognised)) {
            return visible(request, Reply.of(expired.get()), Privacy.PERSONAL);
        }
        return withNotice(expired, command(request, text, understood));
    }

    /** A command typed during a dialog runs when the dialog's step will not take it as its answer. */
    private Reply answerOrCommand(CommandRequest request, String text, ParseResult parsed) {
        if (!(parsed instanceof ParseResult.Recognised recognised)) {
            return dialogs.answer(request, text);
        }
        Optional<UUID> open = dialogs.activeId(request);
        Optional<Reply> taken = dialogs.answerIfTaken(request, text, recognised.args().isEmpty());
        if (taken.isPresent()) {
            return taken.get();
        }
        Reply reply = command(request, text, parsed);
        // the command may have been a change of language: remind in the language the user now has
        CommandRequest now = open.isEmpty() ? request : inCurrentLanguage(request);
        return open.flatMap(id -> dialogs.reminder(now, id)).map(reply::with).orElse(reply);
    }

    private CommandRequest inCurrentLanguage(CommandRequest request) {
        Language current = languages.resolve(request.user(), request.inbound().locale());
        return current == request.language() ? request
                : new CommandRequest(request.inbound(), Messages.of(current), request.args(), request.session());
    }

    private Reply action(CommandRequest request, Inbound.Action action) {
        if (DialogActions.ACTION_ID.equals(action.actionId())) {
            Optional<Block> expired = dialogs.expireIdle(request);
            return withNotice(expired, visible(request, dialogs.act(request, action.value()), Privacy.PERSONAL));
        }
        if (CommandButtons.ACTION_ID.equals(action.actionId())) {
            return command(request, action.value(), registry.parse(action.value()));
        }
        return visible(request, Reply.text(request.text("action.unknown")), Privacy.PERSONAL);
    }

    private Reply command(CommandRequest request, String text, ParseResult parsed) {
        return switch (parsed) {
            case ParseResult.Recognised recognised -> run(request.withArgs(recognised.args()), registry.handlerOf(recognised.spec()));
            case ParseResult.TooLong(int length) -> visible(request,
                    Reply.of(new Block.Text(request.text("input.too.long", CommandParser.MAX_LENGTH, length), Block.Tone.WARNING)), Privacy.PERSONAL);
            case ParseResult.Ambiguous ambiguous -> visible(request, Unknowns.choice(request, ambiguous), Privacy.PERSONAL);
            case ParseResult.Unknown unknown -> visible(request, Unknowns.reply(request, text, unknown), Privacy.PERSONAL);
            case ParseResult.Empty() -> visible(request, Reply.of(Block.text(request.text("input.empty"))), Privacy.PERSONAL);
        };
    }

    private Reply run(CommandRequest request, Command command) {
        CommandSpec spec = command.spec();
        return refusal(request, spec).orElseGet(() -> visible(request, command.handler().handle(request), spec.privacy()));
    }

    /** The sign-in prompt or the refusal when the user may not use {@code spec}; empty when they may. */
    private Optional<Reply> refusal(CommandRequest request, CommandSpec spec) {
        if (spec.needsSignIn() && !request.session().signedIn()) {
            return Optional.of(signIn.reply(request, "login.needed"));
        }
        if (spec.capability() != null && request.session().decide(spec.capability()) instanceof Decision.Denied denied) {
            return Optional.of(visible(request, Refusals.refuse(request.messages(), denied.missing()), Privacy.PERSONAL));
        }
        return Optional.empty();
    }

    private static boolean isDialogControl(ParseResult parsed) {
        return parsed instanceof ParseResult.Recognised r && r.args().isEmpty()
                && DialogCommands.CONTROLS.contains(r.spec().name());
    }

    static Reply visible(CommandRequest request, Reply reply, Privacy privacy) {
        boolean hidden = privacy == Privacy.SECRET || (privacy == Privacy.PERSONAL && request.conversation().shared());
        return hidden ? reply.privately() : reply;
    }

    private static Reply withNotice(Optional<Block> notice, Reply reply) {
        if (notice.isEmpty()) {
            return reply;
        }
        List<Block> blocks = new ArrayList<>();
        blocks.add(notice.get());
        blocks.addAll(reply.blocks());
        return new Reply(blocks, reply.visibility());
    }
}
