package se.connectbot.discord.render;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.utils.FileUpload;
import net.dv8tion.jda.api.utils.messages.MessageCreateBuilder;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;

/**
 * Fills messages up to Discord's limits and starts the next one when something would not fit:
 * 10 embeds and 6,000 characters of them, 5 rows of components, 10 files within the upload limit.
 * Every message it makes allows no mention at all.
 */
final class MessagePacker {

    private final long uploadLimit;
    private final List<MessageCreateData> done = new ArrayList<>();
    private final List<MessageEmbed> embeds = new ArrayList<>();
    private final List<ActionRow> rows = new ArrayList<>();
    private final List<FileUpload> files = new ArrayList<>();
    private int embedChars;
    private long fileBytes;

    MessagePacker(long uploadLimit) {
        this.uploadLimit = uploadLimit;
    }

    void embed(MessageEmbed embed) {
        if (embeds.size() == Limits.EMBEDS || embedChars + embed.getLength() > Limits.MESSAGE_EMBED_CHARS) {
            flush();
        }
        embeds.add(embed);
        embedChars += embed.getLength();
    }

    void row(ActionRow row) {
        if (rows.size() == Limits.ROWS) {
            flush();
        }
        rows.add(row);
    }

    void file(FileUpload upload, long size) {
        if (files.size() == Limits.FILES || (!files.isEmpty() && fileBytes + size > uploadLimit)) {
            flush();
        }
        files.add(upload);
        fileBytes += size;
    }

    List<MessageCreateData> messages() {
        flush();
        if (done.isEmpty()) {
            done.add(start().setContent("\u200B").build());
        }
        return List.copyOf(done);
    }

    private void flush() {
        if (embeds.isEmpty() && rows.isEmpty() && files.isEmpty()) {
            return;
        }
        done.add(start().addEmbeds(embeds).addComponents(rows).addFiles(files).build());
        embeds.clear();
        rows.clear();
        files.clear();
        embedChars = 0;
        fileBytes = 0;
    }

    /** Explicitly none: JDA's defaults would allow user, role and everyone pings (STACK.md, trap 14). */
    static MessageCreateBuilder start() {
        return new MessageCreateBuilder().setAllowedMentions(EnumSet.noneOf(Message.MentionType.class));
    }
}
