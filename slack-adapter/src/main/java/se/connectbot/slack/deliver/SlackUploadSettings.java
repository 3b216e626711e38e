package se.connectbot.slack.deliver;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * How large a file the adapter uploads to Slack ({@code connectbot.slack.max-upload-size}); a
 * larger one reaches the person as a signed download link. Slack itself takes up to 1 GB; ours is
 * lower, as the whole file passes through the bot's memory on its way.
 */
@ConfigurationProperties("connectbot.slack")
public record SlackUploadSettings(@DefaultValue("50MB") DataSize maxUploadSize) {

    private static final DataSize SLACK_LIMIT = DataSize.ofGigabytes(1);

    public SlackUploadSettings {
        if (maxUploadSize.toBytes() < 1 || maxUploadSize.compareTo(SLACK_LIMIT) > 0) {
            throw new IllegalArgumentException("connectbot.slack.max-upload-size must be between 1B and Slack's 1GB but was " + maxUploadSize);
        }
    }
}
