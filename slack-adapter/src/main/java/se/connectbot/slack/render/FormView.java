package se.connectbot.slack.render;

import com.slack.api.model.view.View;
import se.connectbot.core.reply.Block;

/**
 * A form of the core rendered as a Slack modal; the deliverer adds where the answer goes
 * ({@code private_metadata}) before opening it, or parks {@link #form()} to render it again
 * when it is opened later.
 */
public record FormView(Block.Form form, String title, View view) {

    public String formId() {
        return form.formId();
    }
}
