package se.connectbot.slack.render;

/** Slack's Block Kit limits (docs.slack.dev, Block Kit reference), and our own budgets under them. */
final class Limits {

    static final int MESSAGE_BLOCKS = 50;
    static final int MODAL_BLOCKS = 100;
    static final int SECTION_TEXT = 3000;
    static final int SECTION_FIELDS = 10;
    static final int FIELD_TEXT = 2000;
    static final int HEADER_TEXT = 150;
    static final int ACTIONS_ELEMENTS = 25;
    static final int BUTTON_TEXT = 75;
    static final int BUTTON_VALUE = 2000;
    static final int OPTION_TEXT = 75;
    static final int OPTION_VALUE = 150;
    static final int SELECT_OPTIONS = 100;
    static final int OPTION_GROUPS = 100;
    static final int PLACEHOLDER_TEXT = 150;
    static final int ACTION_ID = 255;
    static final int URL = 3000;
    static final int CONTEXT_TEXT = 3000;
    static final int MODAL_TITLE = 24;
    static final int MODAL_BUTTON = 24;
    static final int INPUT_LABEL = 2000;
    static final int INPUT_MAX_LENGTH = 3000;
    static final int BLOCK_ID = 255;
    /** Our budget of text characters per message, well under what Slack accepts in one payload. */
    static final int MESSAGE_CHARS = 30_000;
    /** Beyond this many rows a table goes out as a CSV file instead of several messages. */
    static final int TABLE_ROWS_INLINE = 150;
    /** A field's label above a value split over several sections: at most this (escaping may make it 5 times longer). */
    static final int LONG_FIELD_LABEL = 200;
    /** The fallback text is a preview for notifications; the blocks carry the whole text. */
    static final int FALLBACK_TEXT = 300;

    private Limits() {
    }

    /** Shortens a label (a button, a title) with an ellipsis that the user sees; never content. */
    static String label(String text, int max) {
        String t = text.strip().isEmpty() ? "…" : text.strip();
        if (t.length() <= max) {
            return t;
        }
        int end = max - 1;
        if (Character.isHighSurrogate(t.charAt(end - 1))) {
            end--;
        }
        return t.substring(0, end) + "…";
    }
}
