package se.connectbot.slack.inbound;

import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import se.connectbot.core.chat.ChatUser;
import se.connectbot.core.chat.Platform;
import se.connectbot.core.forms.ParkedForms;
import se.connectbot.slack.deliver.ReplyDelivery;
import se.connectbot.slack.deliver.ReplyTarget;
import se.connectbot.slack.render.SlackText;

/** "Open form" clicked: opens the parked form with the click's fresh trigger, if the core says the clicker may. */
final class StoredForms {

    private final ParkedForms parkedForms;
    private final ReplyDelivery delivery;

    StoredForms(ParkedForms parkedForms, ReplyDelivery delivery) {
        this.parkedForms = parkedForms;
        this.delivery = delivery;
    }

    /** @param locale the language the bot speaks to the person who clicked, for the form and its notes */
    void open(Interaction click, String parkedFormId, Locale locale) {
        ReplyTarget target = new ReplyTarget(click.enterpriseId(), click.teamId(), click.botToken(), click.channelId(),
                click.userId(), true, click.responseUrl(), null, click.threadTs());
        ParkedForms.Claim claim = id(parkedFormId)
                .map(id -> parkedForms.claim(id, new ChatUser(Platform.SLACK, click.teamId(), click.userId())))
                .orElseGet(ParkedForms.Gone::new);
        switch (claim) {
            case ParkedForms.Gone _ -> delivery.note(SlackText.FORM_GONE, target, locale);
            case ParkedForms.NotYours _ -> delivery.note(SlackText.FORM_NOT_YOURS, target, locale);
            case ParkedForms.Open open -> {
                if (click.triggerId() == null || !delivery.openParked(open.parked(), click.botToken(), click.triggerId(), locale)) {
                    delivery.note(SlackText.FAILED, target, locale);
                }
            }
        }
    }

    /** A button's value that is no form id of ours (one parked before the core kept them, or forged) names a form gone. */
    private static Optional<UUID> id(String value) {
        try {
            return Optional.of(UUID.fromString(value));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
