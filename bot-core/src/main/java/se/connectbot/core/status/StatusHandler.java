package se.connectbot.core.status;

import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import se.connectbot.core.command.CommandButtons;
import se.connectbot.core.command.CommandHandler;
import se.connectbot.core.command.CommandRequest;
import se.connectbot.core.dialog.Dialogs;
import se.connectbot.core.reply.Block;
import se.connectbot.core.reply.Reply;
import se.connectbot.portal.api.Page;
import se.connectbot.portal.api.ServiceSummary;

/**
 * {@code status [id | phone | address | text]}: one match shows the service; several offer a
 * choice; none says so and suggests how to search; no argument offers the user's services.
 * A choice is the {@link StatusDialog} picker, which also takes a typed "2", name or number;
 * while another dialog is open it is plain buttons instead, since starting a dialog would
 * cancel the one the user is in the middle of.
 */
@Component
class StatusHandler implements CommandHandler {

    private final Dialogs dialogs;
    private final StatusDialog dialog;

    StatusHandler(Dialogs dialogs, StatusDialog dialog) {
        this.dialogs = dialogs;
        this.dialog = dialog;
    }

    @Override
    public Reply handle(CommandRequest request) {
        boolean picker = !dialogs.hasActive(request);
        if (request.args().isEmpty()) {
            return picker ? dialogs.start(request, dialog, StatusPick.ALL, Map.of()) : offer(request, ServiceFinder.list(request.portal(), null, ServiceFinder.MAX_MATCHES), request.text("status.which"));
        }
        String typed = request.args().raw();
        return switch (ServiceFinder.find(request.portal(), typed, null)) {
            case ServiceFinder.InvalidPhone(String phone) -> Reply.of(new Block.Text(request.text("phone.invalid", phone), Block.Tone.WARNING));
            case ServiceFinder.Matches matches when picker && matches.services().size() > 1 ->
                    dialogs.start(request, dialog, StatusPick.searching(typed), Map.of());
            case ServiceFinder.Matches matches -> found(request, matches, typed);
        };
    }

    private static Reply found(CommandRequest request, ServiceFinder.Matches matches, String typed) {
        if (matches.services().isEmpty()) {
            return Reply.of(
                    new Block.Text(request.text("status.none", typed), Block.Tone.WARNING),
                    Block.text(request.text("status.none.suggest")),
                    new Block.Choices(null, List.of(CommandButtons.run(request.text("status.button.list"), "status")), Block.ChoiceStyle.BUTTONS));
        }
        return matches.single()
                .map(s -> ServiceView.of(request, request.portal().service(s.id())))
                .orElseGet(() -> choose(request, matches, typed));
    }

    private static Reply choose(CommandRequest request, ServiceFinder.Matches matches, String typed) {
        String text = matches.total() > matches.services().size()
                ? request.text("status.many.more", matches.total(), typed, matches.services().size())
                : request.text("status.many", matches.total(), typed);
        return Reply.of(Block.text(text), choices(matches.services()));
    }

    private static Reply offer(CommandRequest request, Page<ServiceSummary> page, String text) {
        if (page.items().isEmpty()) {
            return Reply.text(request.text("status.no.services"));
        }
        Reply reply = Reply.of(Block.text(text), choices(page.items()));
        return page.totalItems() > page.items().size()
                ? reply.with(Block.text(request.text("status.search.hint", page.totalItems()))) : reply;
    }

    private static Block choices(List<ServiceSummary> services) {
        List<Block.Choice> choices = services.stream()
                .map(s -> CommandButtons.run(ServiceFinder.label(s), "status " + s.id()))
                .toList();
        return new Block.Choices(null, choices, choices.size() > 5 ? Block.ChoiceStyle.SELECT : Block.ChoiceStyle.BUTTONS);
    }
}
