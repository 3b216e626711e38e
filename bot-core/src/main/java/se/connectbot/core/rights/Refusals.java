package se.connectbot.core.rights;

import org.jspecify.annotations.Nullable;
import se.connectbot.core.i18n.Messages;
import se.connectbot.core.reply.Block;
import se.connectbot.core.reply.Reply;
import se.connectbot.portal.api.Right;

/**
 * Explains a refusal in the user's language, naming the right in plain words, whether the bot
 * refused up front or the portal answered 403. Stateless.
 */
public final class Refusals {

    private Refusals() {
    }

    /** The plain-words name of a right ("Beställa tjänster" / "Order services"). */
    public static String rightName(Messages messages, Right right) {
        return messages.get("right." + right.name());
    }

    public static Reply refuse(Messages messages, @Nullable Right missing) {
        String text = missing == null
                ? messages.get("rights.denied.unknown")
                : messages.get("rights.denied", rightName(messages, missing));
        return Reply.of(new Block.Text(text, Block.Tone.WARNING), Block.text(messages.get("rights.ask.admin")));
    }
}
