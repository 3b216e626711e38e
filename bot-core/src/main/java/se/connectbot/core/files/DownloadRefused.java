package se.connectbot.core.files;

import java.util.Objects;

/** A file was not handed out, and why; {@link #reason()} says what to answer. */
public final class DownloadRefused extends RuntimeException {

    /** Why a download was refused. */
    public enum Reason {
        /** No such file, or no longer kept, or not the asker's. */
        NOT_FOUND,
        /** The link's signature does not match: tampered with, or for another file. */
        BAD_LINK,
        /** The link was valid but its time is up. */
        LINK_EXPIRED,
        /** The file's owner is no longer linked to a portal user. */
        NOT_SIGNED_IN,
        /** The owner's portal user no longer has the file's right. */
        NO_RIGHT,
        /** The portal could not be asked; try again later. */
        PORTAL_UNAVAILABLE
    }

    private final Reason reason;

    public DownloadRefused(Reason reason) {
        super("download refused: " + Objects.requireNonNull(reason, "reason"));
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
