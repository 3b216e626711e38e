package se.connectbot.core.notice;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import se.connectbot.core.command.CommandButtons;
import se.connectbot.core.i18n.Messages;
import se.connectbot.core.reply.Block;
import se.connectbot.core.reply.Reply;
import se.connectbot.portal.api.Network;
import se.connectbot.portal.api.Outage;

/**
 * The notice as the conversation sees it: one card per outage (posted, then updated in place),
 * and a short line for its thread on each change. All text is plain; adapters escape it.
 */
final class NoticeCards {

    /** The ticket dialog keeps a title of at most this many characters. */
    private static final int TITLE_MAX = 110;

    private NoticeCards() {
    }

    static Reply card(NoticePayload notice, Messages messages, Instant now) {
        Outage o = notice.outage();
        boolean resolved = o.status() == Outage.OutageStatus.RESOLVED;
        List<Block> blocks = new ArrayList<>();
        blocks.add(Block.heading(messages.get(resolved ? "notice.heading.resolved" : "notice.heading", o.title())));
        blocks.add(new Block.Text(o.description(), resolved ? Block.Tone.SUCCESS : tone(o)));
        blocks.add(new Block.Fields(fields(notice, messages, now)));
        if (!o.updates().isEmpty()) {
            Outage.Update last = o.updates().get(o.updates().size() - 1);
            blocks.add(Block.text(messages.get("notice.latest", messages.formats().dateTime(last.at()), last.text())));
        }
        blocks.add(new Block.Choices(null, List.of(CommandButtons.run(messages.get("notice.still.problem"), ticketCommand(o, messages))),
                Block.ChoiceStyle.BUTTONS));
        return new Reply(blocks, Reply.Visibility.CONVERSATION);
    }

    /** What quiet hours held back, one line per outage: its title, severity and whether it is over. */
    static Reply digest(List<NoticePayload> held, Messages messages) {
        List<String> lines = new ArrayList<>();
        for (NoticePayload notice : held) {
            Outage o = notice.outage();
            lines.add(messages.get(o.status() == Outage.OutageStatus.RESOLVED ? "notice.digest.resolved" : "notice.digest.ongoing",
                    o.title(), messages.get("outage.severity." + o.severity().name())));
        }
        return Reply.of(Block.heading(messages.get("notice.digest.heading", held.size())), Block.text(String.join("\n", lines)));
    }

    /** The thread line for a change after the first post: the newest update text, or what changed. */
    static Reply threadLine(NoticePayload notice, int updatesShown, Messages messages) {
        Outage o = notice.outage();
        List<String> lines = new ArrayList<>();
        for (Outage.Update update : o.updates().subList(Math.min(updatesShown, o.updates().size()), o.updates().size())) {
            lines.add(messages.get("notice.thread.update", messages.formats().dateTime(update.at()), update.text()));
        }
        if (o.status() == Outage.OutageStatus.RESOLVED) {
            lines.add(messages.get("notice.thread.resolved", messages.formats().dateTime(o.resolvedAt() == null ? o.updatedAt() : o.resolvedAt())));
        } else if (lines.isEmpty()) {
            lines.add(messages.get("notice.thread.changed", expected(o, messages, o.updatedAt()),
                    messages.get("outage.severity." + o.severity().name())));
        }
        return Reply.text(String.join("\n", lines));
    }

    private static List<Block.Field> fields(NoticePayload notice, Messages messages, Instant now) {
        Outage o = notice.outage();
        List<Block.Field> fields = new ArrayList<>();
        fields.add(new Block.Field(messages.get("notice.field.affects"), String.join("; ", notice.affected())));
        fields.add(new Block.Field(messages.get("notice.field.where"), where(o, messages)));
        fields.add(new Block.Field(messages.get("outages.col.severity"), messages.get("outage.severity." + o.severity().name())));
        fields.add(new Block.Field(messages.get("outages.col.since"), messages.formats().dateTime(o.startedAt())));
        if (o.status() == Outage.OutageStatus.RESOLVED) {
            Instant at = o.resolvedAt() == null ? o.updatedAt() : o.resolvedAt();
            fields.add(new Block.Field(messages.get("notice.field.resolved"), messages.formats().dateTime(at)));
        } else {
            fields.add(new Block.Field(messages.get("outages.col.expected"), expected(o, messages, now)));
        }
        return fields;
    }

    private static String where(Outage o, Messages messages) {
        String networks = o.networks().isEmpty() ? messages.get("outage.kind." + o.kind().name())
                : String.join(", ", o.networks().stream().map(Network::label).toList());
        return String.join(", ", o.municipalities()) + " (" + networks + ")";
    }

    /** The expected end; one already passed says so, since the outage is still going on. */
    static String expected(Outage o, Messages messages, Instant now) {
        if (o.expectedEnd() == null) {
            return messages.get("outages.unknown");
        }
        String at = messages.formats().dateTime(o.expectedEnd());
        return o.expectedEnd().isBefore(now) ? messages.get("outages.expected.passed", at) : at;
    }

    private static Block.Tone tone(Outage o) {
        return o.severity() == Outage.Severity.MINOR ? Block.Tone.NORMAL : o.severity() == Outage.Severity.MAJOR
                ? Block.Tone.WARNING : Block.Tone.ERROR;
    }

    /** The guided ticket with the outage as its title: {@code ticket <title>} keeps the text as the title. */
    private static String ticketCommand(Outage o, Messages messages) {
        String title = messages.get("notice.ticket.title", o.id(), o.title());
        return "ticket " + (title.length() > TITLE_MAX ? title.substring(0, TITLE_MAX) : title);
    }
}
