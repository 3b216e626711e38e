package se.connectbot.discord.deliver;

import org.jspecify.annotations.Nullable;
import se.connectbot.core.reply.Block;
import se.connectbot.discord.render.CustomIds;

/** {@link CustomIds} kept in the {@link Stash}, for the forms of one user (or of nobody in particular). */
record StashedIds(Stash stash, @Nullable String ownerId) implements CustomIds {

    @Override
    public String action(int index, String actionId, String value) {
        return stash.action(index, actionId, value);
    }

    @Override
    public String form(Block.Form form) {
        return stash.form(form, ownerId);
    }
}
