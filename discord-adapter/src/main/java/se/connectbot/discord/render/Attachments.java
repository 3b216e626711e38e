package se.connectbot.discord.render;

import net.dv8tion.jda.api.utils.FileUpload;
import se.connectbot.core.reply.Block;

/** Turns a file of a reply into an upload, or, where it cannot go as one, a signed download link. */
@FunctionalInterface
public interface Attachments {

    Resolved resolve(Block.Attachment attachment);

    /** What a file becomes. */
    sealed interface Resolved {
    }

    /** An upload of {@code size} bytes. */
    record Upload(FileUpload upload, long size) implements Resolved {
    }

    /** Neither: the file is gone; {@code note} says so. */
    record Note(String note) implements Resolved {
    }

    /** A link instead, with the sentence that says why ({@code note}) and the button's label. */
    record Link(String note, String label, String url) implements Resolved {
    }
}
