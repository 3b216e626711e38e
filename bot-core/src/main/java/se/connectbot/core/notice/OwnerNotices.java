package se.connectbot.core.notice;

import java.util.ArrayList;
import java.util.List;

import se.connectbot.core.command.CommandButtons;
import se.connectbot.core.i18n.Messages;
import se.connectbot.core.reply.Block;
import se.connectbot.core.reply.Reply;
import se.connectbot.portal.api.Network;

/** What the bot says about a subscription itself: its description, its loss of owner, its pause. */
final class OwnerNotices {

    private OwnerNotices() {
    }

    /** The conversation is told its subscription lost its owner, with a button for anyone linked to take it over. */
    static Reply orphaned(Subscription subscription, Messages messages) {
        return Reply.of(new Block.Text(messages.get("notice.orphaned", subscription.id(), subscription.ownerName(),
                        describe(subscription, messages)), Block.Tone.WARNING),
                new Block.Choices(null, List.of(CommandButtons.run(messages.get("notice.takeover.button"),
                        "take over subscription " + subscription.id())), Block.ChoiceStyle.BUTTONS));
    }

    /** The owner is told privately (in {@code messages}' language) that the conversation could not be posted to and the subscription is paused. */
    static Reply paused(Subscription subscription, Messages messages) {
        return Reply.of(new Block.Text(messages.get("notice.paused", subscription.id(), subscription.conversation().channelId(),
                subscription.failures()), Block.Tone.WARNING)).privately();
    }

    /** The filters and quiet hours in words. */
    static String describe(Subscription subscription, Messages messages) {
        NoticeFilter f = subscription.filter();
        List<String> parts = new ArrayList<>();
        parts.add(f.byOwnAreas() ? messages.get("notice.filter.own") : String.join(", ", concat(f.municipalities(), f.postcodes())));
        if (!f.networks().isEmpty()) {
            parts.add(String.join(", ", f.networks().stream().sorted().map(n -> n.equals("FIXED")
                    ? messages.get("outage.kind.FIXED") : Network.valueOf(n).label()).toList()));
        }
        if (!f.accounts().isEmpty()) {
            parts.add(messages.get("notice.filter.accounts", String.join(", ", f.accounts().stream().sorted().toList())));
        }
        if (f.minSeverity() != se.connectbot.portal.api.Outage.Severity.MINOR) {
            parts.add(messages.get("notice.filter.severity", messages.get("outage.severity." + f.minSeverity().name())));
        }
        QuietHours q = subscription.quiet();
        if (q != null) {
            parts.add(quiet(q, messages));
        }
        return String.join(" · ", parts);
    }

    private static String quiet(QuietHours q, Messages messages) {
        List<String> when = new ArrayList<>();
        if (q.from() != null) {
            when.add(q.from() + "–" + q.to());
        }
        if (q.weekends()) {
            when.add(messages.get("notice.quiet.weekends"));
        }
        if (q.holidays()) {
            when.add(messages.get("notice.quiet.holidays"));
        }
        String text = messages.get("notice.quiet", String.join(", ", when));
        return q.criticalPasses() ? text + " " + messages.get("notice.quiet.critical") : text;
    }

    private static List<String> concat(java.util.Set<String> a, java.util.Set<String> b) {
        List<String> all = new ArrayList<>(a.stream().sorted().toList());
        all.addAll(b.stream().sorted().toList());
        return all;
    }
}
