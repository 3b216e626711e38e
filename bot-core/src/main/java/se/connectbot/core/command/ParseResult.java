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

    /**
     * A sentence that could mean two or three things, about equally likely: each meaning as the
     * command and the canonical command text (English keyword and arguments) that runs it.
     */
    record Ambiguous(List<Meaning> meanings) implements ParseResult {
        public Ambiguous {
            meanings = List.copyOf(meanings);
        }
    }

    /** One reading of a sentence: the command it asks for and the text that runs it. */
    record Meaning(CommandSpec spec, String commandText) {
    }

    /** Nothing but white space. */
    record Empty() implements ParseResult {
    }

    /** Longer than the bot reads ({@link CommandParser#MAX_LENGTH} characters). */
    record TooLong(int length) implements ParseResult {
    }
}
