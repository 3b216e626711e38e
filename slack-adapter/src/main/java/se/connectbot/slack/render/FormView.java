package se.connectbot.slack.render;

import com.slack.api.model.view.View;

/**
 * A form of the core rendered as a Slack modal; the deliverer adds where the answer goes
 * ({@code private_metadata}) before opening it.
 */
public record FormView(String formId, String title, View view) {
}
