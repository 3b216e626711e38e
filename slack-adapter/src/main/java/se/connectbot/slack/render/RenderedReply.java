package se.connectbot.slack.render;

import java.util.List;

/**
 * A reply as Slack takes it: messages in order, files to upload, and forms to open as modals.
 * Nothing of the reply is left out: what did not fit one message is in the next, or in a file.
 */
public record RenderedReply(List<SlackMessage> messages, List<SlackFile> files, List<FormView> forms) {

    public RenderedReply {
        messages = List.copyOf(messages);
        files = List.copyOf(files);
        forms = List.copyOf(forms);
    }
}
