package se.connectbot.core.command;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reads what a sentence asks for: scores every {@link Intent} by the cues found anywhere in it
 * (and the values it holds), and answers the best one with the arguments taken from the
 * sentence, or the two or three about equally likely ones, or nothing when no intent reaches
 * {@link #ENOUGH}. Explainable by design: a score is a sum of weights a person can read off the
 * intents. Immutable and thread-safe.
 */
final class IntentMatcher {

    /** The score a sentence needs to be taken as a command: one strong word, or two weak ones. */
    static final double ENOUGH = 2.0;
    /** Meanings closer to the best than this are offered as a choice instead of guessed between. */
    static final double CLOSE = 1.0;
    /** Longer texts are messages (a ticket's, a reply's), not requests; they are not read for intents. */
    static final int LONGEST_SENTENCE = 300;
    private static final int MAX_MEANINGS = 3;
    private static final int MAX_GAP = 4;
    private static final double TYPO = 0.5;

    private final List<Intent> intents;
    private final Function<String, CommandSpec> specOf;

    /** @param specOf the spec of a command by its name (every intent's command must have one) */
    IntentMatcher(List<Intent> intents, Function<String, CommandSpec> specOf) {
        this.intents = List.copyOf(intents);
        this.specOf = specOf;
        intents.forEach(intent -> {
            if (specOf.apply(intent.command()) == null) {
                throw new IllegalArgumentException("an intent runs the command " + intent.command() + ", which is not registered");
            }
        });
    }

    /** Recognised, Ambiguous, or empty when the sentence asks for nothing the bot knows. */
    Optional<ParseResult> match(String text) {
        return read(text).map(Reading::result);
    }

    /** What the sentence asks for, with the score of its best meaning. */
    Optional<Reading> read(String text) {
        if (text.length() > LONGEST_SENTENCE) {
            return Optional.empty();
        }
        Sentence sentence = Sentence.read(text);
        List<Scored> tasks = ranked(sentence, false);
        List<Scored> ranked = tasks.isEmpty() ? ranked(sentence, true) : tasks;
        if (ranked.isEmpty()) {
            return Optional.empty();
        }
        double best = ranked.get(0).score();
        List<Scored> close = ranked.stream().filter(s -> s.score() > best - CLOSE).limit(MAX_MEANINGS).toList();
        if (close.size() == 1) {
            Intent intent = close.get(0).intent();
            return Optional.of(new Reading(new ParseResult.Recognised(specOf.apply(intent.command()), intent.command(),
                    Args.of(arguments(intent, sentence))), best, !intent.slots().isEmpty()));
        }
        return Optional.of(new Reading(new ParseResult.Ambiguous(close.stream()
                .map(s -> new ParseResult.Meaning(specOf.apply(s.intent().command()), commandText(s.intent(), sentence)))
                .toList()), best, false));
    }

    /** How strongly the sentence points at the command (0 when it has no intent). */
    double score(String command, String text) {
        Sentence sentence = Sentence.read(text);
        return intents.stream().filter(i -> i.command().equals(command)).mapToDouble(i -> score(i, sentence)).max().orElse(0);
    }

    /**
     * @param score    the best meaning's score
     * @param readArgs whether the arguments were read from the sentence (the intent has slots),
     *                 rather than there being none to read
     */
    record Reading(ParseResult result, double score, boolean readArgs) {
    }

    /** The intents scoring enough, best first, one per command. */
    private List<Scored> ranked(Sentence sentence, boolean smallTalk) {
        Map<String, Scored> best = new LinkedHashMap<>();
        for (Intent intent : intents) {
            if (intent.smallTalk() != smallTalk) {
                continue;
            }
            double score = score(intent, sentence);
            Scored earlier = best.get(intent.command());
            if (score >= ENOUGH && (earlier == null || earlier.score() < score)) {
                best.put(intent.command(), new Scored(intent, score));
            }
        }
        List<Scored> ranked = new ArrayList<>(best.values());
        ranked.sort(Comparator.comparingDouble(Scored::score).reversed());
        return ranked;
    }

    static double score(Intent intent, Sentence sentence) {
        double score = 0;
        for (Intent.Cue cue : intent.cues()) {
            score += cue.weight() * cue.phrases().stream().mapToDouble(p -> Phrases.quality(p, sentence.words())).max().orElse(0);
        }
        for (Map.Entry<Entity, Double> bonus : intent.bonuses().entrySet()) {
            score += sentence.has(bonus.getKey()) ? bonus.getValue() : 0;
        }
        return score;
    }

    /** The command's canonical text for this reading: its name, then its arguments. */
    static String commandText(Intent intent, Sentence sentence) {
        return (intent.command() + " " + arguments(intent, sentence)).strip();
    }

    static String arguments(Intent intent, Sentence sentence) {
        List<String> values = new ArrayList<>();
        for (Intent.Slot slot : intent.slots()) {
            value(intent, slot, sentence).ifPresent(values::add);
        }
        return String.join(" ", values);
    }

    private static Optional<String> value(Intent intent, Intent.Slot slot, Sentence sentence) {
        if (slot instanceof Intent.Slot.Choice choice) {
            return choice.options().stream()
                    .filter(o -> o.phrases().stream().anyMatch(p -> Phrases.quality(p, sentence.words()) == 1))
                    .map(Intent.Option::value)
                    .findFirst();
        }
        for (Entity kind : ((Intent.Slot.Value) slot).anyOf()) {
            Optional<String> found = kind == Entity.PLACE ? sentence.place(word -> isCue(intent, word)) : sentence.first(kind);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    private static boolean isCue(Intent intent, String word) {
        return intent.cues().stream().flatMap(c -> c.phrases().stream()).anyMatch(p -> Phrases.quality(p, List.of(word)) > 0);
    }

    private record Scored(Intent intent, double score) {
    }

    /** Matching one cue phrase anywhere in the words of a sentence. */
    static final class Phrases {

        private Phrases() {
        }

        /** 1 for an exact match, {@value #TYPO} with a typo, 0 for none. */
        static double quality(String phrase, List<String> words) {
            String[] parts = phrase.split(" ");
            double best = 0;
            for (int start = 0; start < words.size() && best < 1; start++) {
                best = Math.max(best, from(parts, 0, words, start));
            }
            return best;
        }

        private static double from(String[] parts, int p, List<String> words, int w) {
            if (p == parts.length) {
                return 1;
            }
            if (parts[p].equals("...")) {
                double best = 0;
                for (int skip = 0; skip <= MAX_GAP && w + skip <= words.size(); skip++) {
                    best = Math.max(best, from(parts, p + 1, words, w + skip));
                }
                return best;
            }
            double here = w < words.size() ? word(parts[p], words.get(w)) : 0;
            return here == 0 ? 0 : Math.min(here, from(parts, p + 1, words, w + 1));
        }

        static double word(String pattern, String word) {
            boolean stem = pattern.endsWith("*");
            String bare = stem ? pattern.substring(0, pattern.length() - 1) : pattern;
            if (stem ? word.startsWith(bare) : word.equals(bare)) {
                return 1;
            }
            if (bare.length() < 5 || word.length() < (stem ? bare.length() - 1 : 4)) {
                return 0;
            }
            if (!stem) {
                return EditDistance.between(word, bare) <= (bare.length() >= 8 ? 2 : 1) ? TYPO : 0;
            }
            for (int n = bare.length() - 1; n <= bare.length() + 1 && n <= word.length(); n++) {
                if (EditDistance.between(word.substring(0, n), bare) <= 1) {
                    return TYPO;
                }
            }
            return 0;
        }
    }
}
