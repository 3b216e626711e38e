package se.connectbot.core.command;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.connectbot.core.i18n.Folding;

/**
 * Turns a text into a command: an optional {@code /connect} (or bare {@code /}) prefix, then the
 * longest keyword phrase (up to three words) at the start, then the arguments. Never throws for
 * any input; immutable and thread-safe once built.
 */
public final class CommandParser {

    /** The longest text the bot reads, in characters. */
    public static final int MAX_LENGTH = 4000;

    private static final Pattern WORD = Pattern.compile("(?U)\\S+");
    private static final int MAX_PHRASE_WORDS = 3;
    private static final int MAX_SUGGESTIONS = 3;
    private static final int LONGEST_COMPARED_WORD = 40;
    private static final int MIN_LATER_WORD = 5;

    private final Map<String, CommandSpec> byKeyword = new HashMap<>();
    /** The keyword as written (diacritics kept), by its folded form: what a did-you-mean shows. */
    private final Map<String, String> written = new HashMap<>();

    public CommandParser(List<CommandSpec> specs) {
        for (CommandSpec spec : specs) {
            for (String keyword : spec.keywords()) {
                written.putIfAbsent(Folding.fold(keyword), keyword);
                CommandSpec clash = byKeyword.putIfAbsent(Folding.fold(keyword), spec);
                if (clash != null && clash != spec) {
                    throw new IllegalArgumentException("keyword '" + keyword + "' is claimed by both "
                            + clash.name() + " and " + spec.name());
                }
            }
        }
    }

    public ParseResult parse(String text) {
        if (text.length() > MAX_LENGTH) {
            return new ParseResult.TooLong(text.length());
        }
        List<Word> words = words(text);
        if (!words.isEmpty() && isPrefix(words.get(0).folded())) {
            words = words.subList(1, words.size());
        }
        if (words.isEmpty()) {
            return new ParseResult.Empty();
        }
        return recognise(text, words);
    }

    private ParseResult recognise(String text, List<Word> words) {
        for (int n = Math.min(MAX_PHRASE_WORDS, words.size()); n >= 1; n--) {
            String phrase = phrase(words, n);
            CommandSpec spec = byKeyword.get(phrase);
            if (spec != null) {
                return new ParseResult.Recognised(spec, phrase, Args.of(text.substring(words.get(n - 1).end())));
            }
        }
        for (int i = 0; i < words.size(); i++) {
            List<String> suggestions = suggestions(words.get(i).folded(), phrase(words.subList(i, words.size()), Math.min(2, words.size() - i)));
            // a later word is only worth a suggestion when it is a word, not a "jag" or "is"
            if (!suggestions.isEmpty() && (i == 0 || words.get(i).folded().length() >= MIN_LATER_WORD)) {
                return new ParseResult.Unknown(words.get(i).original(), suggestions);
            }
        }
        return new ParseResult.Unknown(words.get(0).original(), List.of());
    }

    private static boolean isPrefix(String folded) {
        return folded.equals("/connect") || folded.equals("connect") || folded.equals("/");
    }

    private static String phrase(List<Word> words, int n) {
        StringBuilder phrase = new StringBuilder();
        for (int i = 0; i < n; i++) {
            phrase.append(i == 0 ? "" : " ").append(words.get(i).folded());
        }
        String joined = phrase.toString();
        return joined.startsWith("/") ? joined.substring(1) : joined;
    }

    private List<String> suggestions(String first, String firstTwo) {
        String word = first.startsWith("/") ? first.substring(1) : first;
        if (word.isEmpty() || word.length() > LONGEST_COMPARED_WORD) {
            return List.of();
        }
        List<Candidate> candidates = new ArrayList<>();
        for (String keyword : byKeyword.keySet()) {
            String typed = keyword.contains(" ") ? firstTwo : word;
            int distance = typed.length() > LONGEST_COMPARED_WORD ? Integer.MAX_VALUE : EditDistance.between(typed, keyword);
            boolean prefix = word.length() >= 3 && keyword.startsWith(word);
            if (distance <= tolerance(keyword) || prefix) {
                candidates.add(new Candidate(keyword, byKeyword.get(keyword), prefix ? Math.min(distance, 1) : distance));
            }
        }
        return best(candidates).stream().map(written::get).toList();
    }

    private static int tolerance(String keyword) {
        return keyword.length() <= 3 ? 0 : keyword.length() <= 5 ? 1 : 2;
    }

    private static List<String> best(List<Candidate> candidates) {
        candidates.sort(Comparator.comparingInt(Candidate::distance).thenComparing(Candidate::keyword));
        List<String> result = new ArrayList<>();
        List<CommandSpec> seen = new ArrayList<>();
        for (Candidate candidate : candidates) {
            if (!seen.contains(candidate.spec()) && result.size() < MAX_SUGGESTIONS) {
                seen.add(candidate.spec());
                result.add(candidate.keyword());
            }
        }
        return result;
    }

    private static List<Word> words(String text) {
        List<Word> words = new ArrayList<>();
        Matcher matcher = WORD.matcher(text);
        while (matcher.find()) {
            String folded = Folding.fold(matcher.group());
            if (!folded.isEmpty()) {
                words.add(new Word(matcher.group(), folded, matcher.end()));
            }
        }
        return words;
    }

    private record Word(String original, String folded, int end) {
    }

    private record Candidate(String keyword, CommandSpec spec, int distance) {
    }
}
