package se.connectbot.core.command;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import se.connectbot.core.i18n.Folding;

/**
 * What follows the command's keyword: the raw text (spacing and case kept, for a ticket's
 * message) and its words. Immutable.
 */
public record Args(String raw, List<String> tokens) {

    public static final Args NONE = new Args("", List.of());

    public Args {
        Objects.requireNonNull(raw, "raw");
        tokens = List.copyOf(tokens);
    }

    public static Args of(String raw) {
        String stripped = raw.strip();
        return new Args(stripped, stripped.isEmpty() ? List.of() : List.of(stripped.split("(?U)\\s+")));
    }

    public boolean isEmpty() {
        return tokens.isEmpty();
    }

    public Optional<String> first() {
        return tokens.isEmpty() ? Optional.empty() : Optional.of(tokens.get(0));
    }

    /** The words after the first, as raw text. */
    public Args rest() {
        if (tokens.isEmpty()) {
            return NONE;
        }
        int at = raw.indexOf(tokens.get(0)) + tokens.get(0).length();
        return of(raw.substring(at));
    }

    /** The words, folded for matching. */
    public List<String> folded() {
        return tokens.stream().map(Folding::fold).toList();
    }
}
