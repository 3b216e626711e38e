package se.connectbot.discord.render;

/** Discord's limits on what one message may hold (its API documentation, "Message" and "Embed"). */
final class Limits {

    static final int EMBEDS = 10;
    static final int MESSAGE_EMBED_CHARS = 6_000;
    static final int DESCRIPTION = 4_096;
    static final int TITLE = 256;
    static final int FIELDS = 25;
    static final int FIELD_NAME = 256;
    static final int FIELD_VALUE = 1_024;
    static final int ROWS = 5;
    static final int BUTTONS_PER_ROW = 5;
    static final int SELECT_OPTIONS = 25;
    static final int OPTION_LABEL = 100;
    static final int BUTTON_LABEL = 80;
    static final int PLACEHOLDER = 150;
    static final int FILES = 10;
    static final int MODAL_TITLE = 45;
    static final int MODAL_COMPONENTS = 5;
    static final int MODAL_LABEL = 45;
    static final int TEXT_INPUT = 4_000;

    private Limits() {
    }

    /** A label shortened to {@code max} with a visible ellipsis: labels name things, the full text is elsewhere. */
    static String label(String text, int max) {
        String stripped = text.strip().isEmpty() ? "…" : text.strip();
        return stripped.length() <= max ? stripped : stripped.substring(0, max - 1) + "…";
    }
}
