package se.connectbot.slack.inbound;

import java.util.Locale;
import java.util.Optional;
import se.connectbot.slack.deliver.PendingForms;
import se.connectbot.slack.deliver.ReplyDelivery;
import se.connectbot.slack.deliver.ReplyTarget;
import se.connectbot.slack.render.SlackText;

/** "Open form" clicked: opens the stored modal with the click's fresh trigger, for its owner only. */
final class StoredForms {

    private final PendingForms pendingForms;
    private final ReplyDelivery delivery;

    StoredForms(PendingForms pendingForms, ReplyDelivery delivery) {
        this.pendingForms = pendingForms;
        this.delivery = delivery;
    }

    /** @param locale the language the bot speaks to the person who clicked, for its notes */
    void open(Interaction click, String pendingFormId, Locale locale) {
        ReplyTarget target = new ReplyTarget(click.enterpriseId(), click.teamId(), click.botToken(), click.channelId(),
                click.userId(), true, click.responseUrl(), null, click.threadTs());
        Optional<PendingForms.Pending> pending = pendingForms.find(pendingFormId);
        if (pending.isEmpty()) {
            delivery.note(SlackText.FORM_GONE, target, locale);
        } else if (!pending.get().isFor(click.teamId(), click.userId())) {
            delivery.note(SlackText.FORM_NOT_YOURS, target, locale);
        } else if (click.triggerId() == null || !delivery.openModal(click.botToken(), click.triggerId(), pending.get().viewJson())) {
            delivery.note(SlackText.FAILED, target, locale);
        }
    }
}
