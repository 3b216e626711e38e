package se.connectbot.sandbox.web;

/**
 * The shapes of text input the API accepts, for {@code @Pattern} constraints: ids as the
 * contract defines them, one-line texts without control characters, and multi-line texts
 * that may also hold tabs and line breaks. Keeping control characters (NUL above all) out at
 * the boundary means the database never sees a value it must refuse.
 */
public final class Inputs {

    /** The contract's {@code Id}: letters, digits, '.', '_' and '-'. */
    public static final String ID = "[A-Za-z0-9._-]+";
    public static final String ID_MESSAGE = "must be an id of letters, digits, '.', '_' and '-'";

    /** One line of text: no control characters. */
    public static final String LINE = "[^\\p{Cntrl}]*";
    public static final String LINE_MESSAGE = "must be one line of text without control characters";

    /** Text of several lines: tabs and line breaks, but no other control characters. */
    public static final String TEXT = "[^\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]*";
    public static final String TEXT_MESSAGE = "must not contain control characters other than tabs and line breaks";

    private Inputs() {
    }
}
