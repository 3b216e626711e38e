package se.connectbot.core.help;

import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import se.connectbot.core.command.Command;
import se.connectbot.core.command.CommandHandler;
import se.connectbot.core.command.CommandRegistry;
import se.connectbot.core.command.CommandRequest;
import se.connectbot.core.command.CommandSpec;
import se.connectbot.core.command.ParseResult;
import se.connectbot.core.reply.Block;
import se.connectbot.core.reply.Reply;
import se.connectbot.core.rights.Decision;
import se.connectbot.core.rights.Refusals;

/**
 * {@code help}: the commands this user may use now (signed out: those that need no sign-in,
 * and what signing in adds); {@code help <command>}: that command in detail, and why the user
 * may not use it if they may not.
 */
@Component
class HelpHandler implements CommandHandler {

    /** Looked up on use: the registry holds this handler's own command, so it is built after it. */
    private final ObjectProvider<CommandRegistry> registry;

    HelpHandler(ObjectProvider<CommandRegistry> registry) {
        this.registry = registry;
    }

    @Override
    public Reply handle(CommandRequest request) {
        if (!request.args().isEmpty()) {
            return detail(request);
        }
        boolean signedIn = request.session().signedIn();
        List<Block.Field> usable = new ArrayList<>();
        List<String> afterSignIn = new ArrayList<>();
        for (Command command : registry.getObject().listed()) {
            CommandSpec spec = command.spec();
            if (!signedIn && spec.needsSignIn()) {
                afterSignIn.add(request.text("help." + spec.name() + ".usage"));
            } else if (spec.capability() == null || request.may(spec.capability())) {
                usable.add(new Block.Field(request.text("help." + spec.name() + ".usage"), request.text("help." + spec.name() + ".summary")));
            }
        }
        List<Block> blocks = new ArrayList<>(List.of(Block.heading(request.text("help.heading")), new Block.Fields(usable)));
        if (!afterSignIn.isEmpty()) {
            blocks.add(Block.text(request.text("help.after.sign.in", String.join(", ", afterSignIn))));
        }
        blocks.add(Block.text(request.text("help.footer")));
        return new Reply(blocks, Reply.Visibility.CONVERSATION);
    }

    private Reply detail(CommandRequest request) {
        ParseResult parsed = registry.getObject().parse(request.args().raw());
        if (!(parsed instanceof ParseResult.Recognised recognised) || !recognised.spec().listed()) {
            return Reply.text(request.text("help.unknown", request.args().raw()));
        }
        CommandSpec spec = recognised.spec();
        List<Block> blocks = new ArrayList<>(List.of(
                Block.heading(request.text("help." + spec.name() + ".usage")),
                Block.text(request.text("help." + spec.name() + ".summary")),
                Block.text(request.text("help." + spec.name() + ".details")),
                Block.text(request.text("help.keywords", String.join(", ", spec.keywords())))));
        if (spec.needsSignIn() && !request.session().signedIn()) {
            blocks.add(new Block.Text(request.text("help.needs.sign.in"), Block.Tone.WARNING));
        } else if (spec.capability() != null && request.session().decide(spec.capability()) instanceof Decision.Denied denied) {
            blocks.add(new Block.Text(request.text("help.not.allowed", Refusals.rightName(request.messages(), denied.missing())),
                    Block.Tone.WARNING));
        }
        return new Reply(blocks, Reply.Visibility.CONVERSATION);
    }
}
