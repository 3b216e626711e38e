package se.connectbot.core.command;

import java.util.List;
import java.util.Set;

/**
 * The little words of a sentence ("i", "på", "som", "my", "the", "tack"): when a command's keyword
 * is followed by one, what follows is a sentence to read, not arguments to take as typed
 * ("fakturor som inte är betalda", "driftstörningar i Göteborg"). Stateless.
 */
final class Fillers {

    private static final Set<String> WORDS = Set.of(
            "i", "pa", "som", "for", "med", "om", "till", "av", "fran", "har", "ar", "jag", "mina", "min", "mitt", "vi", "var",
            "vara", "inte", "ej", "den", "det", "de", "hur", "vad", "vilka", "vilken", "nar", "kan", "du", "ni", "mig", "oss",
            "att", "that", "in", "on", "with", "about", "to", "of", "from", "have", "has", "is", "are", "my", "our", "the", "a", "an", "not",
            "which", "what", "how", "when", "can", "you", "me", "us", "please", "snalla", "dom", "just", "nu", "now", "any", "tack", "thanks", "pls");

    private Fillers() {
    }

    /** Whether the arguments start with a little word, so that they are a sentence's rest. */
    static boolean leading(Args args) {
        return !args.isEmpty() && WORDS.contains(bare(args.folded().get(0)));
    }

    /** The arguments without the little words they start with ("för Storgatan 12": "Storgatan 12"). */
    static Args stripLeading(Args args) {
        List<String> folded = args.folded();
        int skip = 0;
        while (skip < folded.size() && WORDS.contains(bare(folded.get(skip)))) {
            skip++;
        }
        Args rest = args;
        for (int i = 0; i < skip; i++) {
            rest = rest.rest();
        }
        return rest;
    }

    private static String bare(String word) {
        return word.replaceAll("[^\\p{L}\\p{N}]", "");
    }
}
