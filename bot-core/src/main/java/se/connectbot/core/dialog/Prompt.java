package se.connectbot.core.dialog;

import java.util.List;
import java.util.Objects;
import se.connectbot.core.reply.Block;

/**
 * How a step asks: its question, any blocks that go with it (a summary), and the options the
 * user may pick (empty: a free-text answer). The runner adds back and cancel.
 */
public record Prompt(String text, List<Block> details, List<Option> options) {

    public Prompt {
        Objects.requireNonNull(text, "text");
        details = List.copyOf(details);
        options = List.copyOf(options);
    }

    public static Prompt ask(String text) {
        return new Prompt(text, List.of(), List.of());
    }

    public static Prompt choose(String text, List<Option> options) {
        return new Prompt(text, List.of(), options);
    }

    public Prompt withDetails(List<Block> more) {
        return new Prompt(text, more, options);
    }

    /** An option: what it shows and the value the step gets when it is picked. */
    public record Option(String label, String value, boolean primary) {
        public static Option of(String label, String value) {
            return new Option(label, value, false);
        }

        public static Option primary(String label, String value) {
            return new Option(label, value, true);
        }
    }
}
