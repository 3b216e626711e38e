package se.connectbot.core.outbound;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import se.connectbot.core.chat.Platform;

/**
 * A message the bot posted, as the platform knows it: enough to store (plain strings) and to
 * update the message or reply in its thread later, from any instance of the bot. Immutable.
 *
 * @param workspaceId    the workspace or tenant (Slack team, Teams tenant, Discord guild, {@code web})
 * @param conversationId the channel or chat it is in
 * @param messageId      the platform's id of it (Slack: the message's {@code ts}; a file alone: the file's id)
 * @param organisationId the organisation the workspace belongs to, where the platform has one
 *                       (Slack: the Enterprise Grid's {@code enterprise_id}, without which an
 *                       org-wide installation's token is not found); null otherwise
 */
public record MessageRef(Platform platform, String workspaceId, String conversationId, String messageId,
                         @Nullable String organisationId) {

    public MessageRef {
        Objects.requireNonNull(platform, "platform");
        requireText(workspaceId, "workspaceId");
        requireText(conversationId, "conversationId");
        requireText(messageId, "messageId");
    }

    /** A message in a workspace that belongs to no organisation. */
    public MessageRef(Platform platform, String workspaceId, String conversationId, String messageId) {
        this(platform, workspaceId, conversationId, messageId, null);
    }

    static void requireText(@Nullable String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank but was '" + value + "'");
        }
    }
}
