package se.connectbot.core.command;

import java.util.List;

/** What the parser made of a text. */
public sealed interface ParseResult {

    /** A known command, the keyword it was called by (folded) and what followed. */
    record Recognised(CommandSpec spec, String keyword, Args args) implements ParseResult {
    }

    /** Not a command; {@code suggestions} are keywords it resembles, closest first (may be empty). */
    record Unknown(String word, List<String> suggestions) implements ParseResult {
        public Unknown {
            suggestions = List.copyOf(suggestions);
        }
    }

    /** Nothing but white space. */
    record Empty() implements ParseResult {
    }

    /** Longer than the bot reads ({@link CommandParser#MAX_LENGTH} characters). */
    record TooLong(int length) implements ParseResult {
    }
}
