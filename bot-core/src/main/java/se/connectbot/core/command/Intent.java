package se.connectbot.core.command;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import se.connectbot.core.i18n.Folding;

/**
 * How people ask for a command in their own words, as data: cues (words and phrases, weighted)
 * that point at it, the arguments it takes from a sentence, and bonuses for the kinds of value
 * it is about (a phone number points at status). Declared as beans beside the command they
 * belong to; the registry builds one matcher from all of them. Immutable.
 *
 * <p>A cue phrase is words separated by spaces, matched folded (case and diacritics do not
 * matter); a word ending in {@code *} takes any ending ({@code faktur*}: faktura, fakturan,
 * fakturor, fakturorna); {@code ...} lets up to four words stand between two words
 * ({@code inte ... betal*}: "inte betalat", "inte hunnit betala"). Words of five letters or
 * more also match with one typo, at half their weight.
 *
 * @param command   the name of the command it runs
 * @param smallTalk a greeting or thanks: counts only when nothing else does, so "hej, visa
 *                  fakturorna" is about invoices
 * @param cues      groups of phrases; a group adds its weight once, however many of its phrases match
 * @param slots     the arguments, in the order the command takes them
 * @param bonuses   weight added when the sentence holds a value of that kind
 */
public record Intent(String command, boolean smallTalk, List<Cue> cues, List<Slot> slots, Map<Entity, Double> bonuses) {

    public Intent {
        Objects.requireNonNull(command, "command");
        cues = List.copyOf(cues);
        slots = List.copyOf(slots);
        bonuses = bonuses.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(bonuses));
    }

    /** The intent of a command, with nothing yet that points at it. */
    public static Intent of(String command) {
        return new Intent(command, false, List.of(), List.of(), Map.of());
    }

    /** Greetings and thanks: recognised only when no task is. */
    public static Intent smallTalk(String command) {
        return new Intent(command, true, List.of(), List.of(), Map.of());
    }

    /** Adds one cue group: any of the phrases adds {@code weight} (half for a typo). */
    public Intent cue(double weight, String... phrases) {
        return new Intent(command, smallTalk, plus(cues, new Cue(weight, List.of(phrases))), slots, bonuses);
    }

    /** Adds an argument taken from the first of these kinds of value the sentence holds. */
    public Intent slot(Entity... anyOf) {
        return new Intent(command, smallTalk, cues, plus(slots, new Slot.Value(List.of(anyOf))), bonuses);
    }

    /** Adds an argument that is a word of the command's, chosen by the first option whose phrases match. */
    public Intent choice(Option... options) {
        return new Intent(command, smallTalk, cues, plus(slots, new Slot.Choice(List.of(options))), bonuses);
    }

    public Intent bonus(Entity kind, double weight) {
        Map<Entity, Double> more = new EnumMap<>(Entity.class);
        more.putAll(bonuses);
        more.put(kind, weight);
        return new Intent(command, smallTalk, cues, slots, more);
    }

    /** An option of a {@link #choice}: the argument {@code value} when any of the phrases match. */
    public static Option option(String value, String... phrases) {
        return new Option(value, List.of(phrases));
    }

    private static <T> List<T> plus(List<T> list, T item) {
        List<T> longer = new ArrayList<>(list);
        longer.add(item);
        return longer;
    }

    /** Phrases that point at the command, worth {@code weight} together. */
    public record Cue(double weight, List<String> phrases) {
        public Cue {
            if (weight <= 0 || phrases.isEmpty()) {
                throw new IllegalArgumentException("a cue needs a positive weight and phrases but had " + weight + " " + phrases);
            }
            phrases = phrases.stream().map(Folding::fold).toList();
        }
    }

    /** See {@link #choice}. */
    public record Option(String value, List<String> phrases) {
        public Option {
            Objects.requireNonNull(value, "value");
            phrases = phrases.stream().map(Folding::fold).toList();
        }
    }

    /** An argument of the command, taken from the sentence. */
    public sealed interface Slot {

        /** The first value of these kinds the sentence holds, in its canonical form. */
        record Value(List<Entity> anyOf) implements Slot {
            public Value {
                anyOf = List.copyOf(anyOf);
            }
        }

        /** A word of the command's (such as {@code unpaid}), by the phrases people use for it. */
        record Choice(List<Option> options) implements Slot {
            public Choice {
                options = List.copyOf(options);
            }
        }
    }
}
