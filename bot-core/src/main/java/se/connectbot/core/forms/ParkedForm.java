package se.connectbot.core.forms;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import se.connectbot.core.chat.ChatUser;
import se.connectbot.core.reply.Block;

/**
 * A form waiting to be opened.
 *
 * @param owner  who may open it; null: anyone who sees the button (a post made unasked)
 * @param origin what the adapter needs to answer where the form was asked (its own format); null: nothing
 */
public record ParkedForm(UUID id, @Nullable ChatUser owner, Block.Form form, @Nullable String origin, Instant parkedAt) {

    public ParkedForm {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(form, "form");
        Objects.requireNonNull(parkedAt, "parkedAt");
    }

    /** Whether {@code user} may open it: its owner, or anyone when it has none. */
    public boolean isFor(ChatUser user) {
        return owner == null || owner.equals(user);
    }
}
