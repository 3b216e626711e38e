package se.connectbot.coretesting;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import se.connectbot.core.reply.Block;
import se.connectbot.core.reply.Reply;

/** Reads replies the way a test looks at them: all their text, their buttons, their links. */
public final class Replies {

    private Replies() {
    }

    /** Every piece of text a user would see, one line per piece. */
    public static String text(Reply reply) {
        return reply.blocks().stream().map(Replies::text).collect(Collectors.joining("\n"));
    }

    /** Every clickable choice: choice blocks, row actions, paging. */
    public static List<Block.Choice> choices(Reply reply) {
        List<Block.Choice> all = new ArrayList<>();
        for (Block block : reply.blocks()) {
            if (block instanceof Block.Choices c) {
                all.addAll(c.choices());
            } else if (block instanceof Block.Table t) {
                t.rowActions().stream().filter(java.util.Objects::nonNull).forEach(all::add);
                if (t.paging() != null) {
                    if (t.paging().previous() != null) {
                        all.add(t.paging().previous());
                    }
                    if (t.paging().next() != null) {
                        all.add(t.paging().next());
                    }
                }
            }
        }
        return all;
    }

    public static <B extends Block> List<B> blocks(Reply reply, Class<B> type) {
        return reply.blocks().stream().filter(type::isInstance).map(type::cast).toList();
    }

    // Exhaustive, like every renderer: a new block needs its text form here before a transcript can show it.
    private static String text(Block block) {
        return switch (block) {
            case Block.Text t -> t.text();
            case Block.Fields f -> f.fields().stream().map(x -> x.label() + ": " + x.value()).collect(Collectors.joining("\n"));
            case Block.Table t -> table(t);
            case Block.Choices c -> (c.prompt() == null ? "" : c.prompt() + " ")
                    + c.choices().stream().map(x -> "[" + x.label() + "]").collect(Collectors.joining(" "));
            case Block.Link l -> l.label() + " <" + l.url() + ">";
            case Block.Form f -> "form " + f.formId() + ": " + f.title() + " "
                    + f.inputs().stream().map(i -> "{" + i.label() + "}").collect(Collectors.joining(" "));
            case Block.Attachment a -> file(a);
        };
    }

    private static String table(Block.Table t) {
        String rows = t.rows().stream().map(r -> String.join(" | ", r)).collect(Collectors.joining("\n"));
        return String.join(" | ", t.headers()) + "\n" + rows
                + (t.paging() == null ? "" : "\n[" + t.paging().page() + "/" + t.paging().totalPages() + "]");
    }

    private static String file(Block.Attachment a) {
        return "file " + a.fileName() + " (" + a.contentType() + ", " + a.size() + " bytes)";
    }
}
