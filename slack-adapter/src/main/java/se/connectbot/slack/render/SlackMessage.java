package se.connectbot.slack.render;

import com.slack.api.model.block.LayoutBlock;
import java.util.List;

/**
 * One Slack message within Slack's limits: at most 50 blocks, and its {@code text} (what
 * notifications and screen readers show) already escaped for mrkdwn.
 */
public record SlackMessage(List<LayoutBlock> blocks, String fallbackText) {

    public SlackMessage {
        blocks = List.copyOf(blocks);
        if (blocks.size() > Limits.MESSAGE_BLOCKS) {
            throw new IllegalArgumentException("a message takes at most " + Limits.MESSAGE_BLOCKS + " blocks, not " + blocks.size());
        }
    }
}
