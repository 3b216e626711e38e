package se.connectbot.slack.render;

import com.slack.api.model.block.SectionBlock;
import com.slack.api.model.block.composition.MarkdownTextObject;
import com.slack.api.model.block.composition.PlainTextObject;
import com.slack.api.model.block.composition.TextObject;
import com.slack.api.model.block.element.BlockElement;
import com.slack.api.model.block.element.ButtonElement;
import org.jspecify.annotations.Nullable;
import se.connectbot.core.reply.Block;

/** Small factories for Block Kit objects, always with emoji and link parsing off for our text. */
final class Kit {

    private Kit() {
    }

    /** Text shown as is: no mentions, links or formatting are ever parsed in plain_text. */
    static PlainTextObject plain(String text) {
        return PlainTextObject.builder().text(text).emoji(false).build();
    }

    /** Already-escaped mrkdwn; {@code verbatim} stops Slack from linking bare URLs and names. */
    static MarkdownTextObject mrkdwn(String escaped) {
        return MarkdownTextObject.builder().text(escaped).verbatim(true).build();
    }

    static SectionBlock section(TextObject text, @Nullable BlockElement accessory) {
        return SectionBlock.builder().text(text).accessory(accessory).build();
    }

    static ButtonElement button(String label, String actionId, @Nullable String value, Block.Emphasis emphasis) {
        if (value != null && value.length() > Limits.BUTTON_VALUE) {
            throw new IllegalArgumentException("a button's value takes at most " + Limits.BUTTON_VALUE
                    + " characters but action " + actionId + " has " + value.length());
        }
        if (actionId.length() > Limits.ACTION_ID) {
            throw new IllegalArgumentException("action id is longer than " + Limits.ACTION_ID + ": " + actionId);
        }
        return ButtonElement.builder()
                .text(plain(Limits.label(label, Limits.BUTTON_TEXT)))
                .actionId(actionId)
                .value(value == null || value.isEmpty() ? null : value)
                .style(style(emphasis))
                .build();
    }

    private static @Nullable String style(Block.Emphasis emphasis) {
        return switch (emphasis) {
            case PRIMARY -> "primary";
            case DANGER -> "danger";
            case DEFAULT -> null;
        };
    }
}
