package se.connectbot.discord.render;

import java.awt.Color;
import net.dv8tion.jda.api.EmbedBuilder;
import org.jspecify.annotations.Nullable;
import se.connectbot.core.reply.Block;

/**
 * Writes text and fields into embeds, starting a new embed where one is full (4,096 characters of
 * description, 25 fields, 6,000 characters in all) and handing each finished one to the packer.
 * Takes text already escaped.
 */
final class EmbedWriter {

    /** Room kept for a title and the rest when deciding whether a field still fits an embed. */
    private static final int EMBED_BUDGET = Limits.MESSAGE_EMBED_CHARS - Limits.TITLE;

    private final MessagePacker packer;
    private @Nullable EmbedBuilder current;
    private Block.@Nullable Tone tone;

    EmbedWriter(MessagePacker packer) {
        this.packer = packer;
    }

    /**
     * @param title    the heading escaped for an embed title (no markdown renders there)
     * @param markdown the same heading escaped for a description, where it goes when too long for a title
     */
    void heading(String title, String markdown) {
        close();
        if (title.length() <= Limits.TITLE) {
            open(Block.Tone.HEADING).setTitle(title);
        } else {
            paragraph("**" + markdown + "**", Block.Tone.HEADING);
        }
    }

    void paragraph(String text, Block.Tone newTone) {
        for (String piece : Chunks.of(text, Limits.DESCRIPTION)) {
            EmbedBuilder embed = current;
            boolean fits = embed != null && sameTone(newTone) && embed.getDescriptionBuilder().length() + piece.length() + 2 <= Limits.DESCRIPTION
                    && embed.length() + piece.length() + 2 <= EMBED_BUDGET;
            if (!fits) {
                close();
                embed = open(newTone);
            }
            if (!embed.getDescriptionBuilder().isEmpty()) {
                embed.appendDescription("\n\n");
            }
            embed.appendDescription(piece);
        }
    }

    void field(String name, String value) {
        boolean first = true;
        for (String piece : Chunks.of(value.isEmpty() ? "\u200B" : value, Limits.FIELD_VALUE)) {
            String shownName = first ? name : "\u200B";
            EmbedBuilder embed = current;
            if (embed == null || embed.getFields().size() == Limits.FIELDS || embed.length() + shownName.length() + piece.length() > EMBED_BUDGET) {
                close();
                embed = open(tone == null ? Block.Tone.NORMAL : tone);
            }
            embed.addField(shownName, piece, false);
            first = false;
        }
    }

    void close() {
        EmbedBuilder embed = current;
        if (embed != null && !embed.isEmpty()) {
            packer.embed(embed.build());
        }
        current = null;
        tone = null;
    }

    private boolean sameTone(Block.Tone newTone) {
        return tone == newTone || (tone == Block.Tone.HEADING && newTone == Block.Tone.NORMAL);
    }

    private EmbedBuilder open(Block.Tone newTone) {
        EmbedBuilder embed = new EmbedBuilder();
        Color color = color(newTone);
        if (color != null) {
            embed.setColor(color);
        }
        current = embed;
        tone = newTone;
        return embed;
    }

    private static @Nullable Color color(Block.Tone tone) {
        return switch (tone) {
            case NORMAL, HEADING -> null;
            case SUCCESS -> new Color(0x2E7D32);
            case WARNING -> new Color(0xF9A825);
            case ERROR -> new Color(0xC62828);
        };
    }
}
