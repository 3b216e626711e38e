package se.connectbot.core.command;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.connectbot.core.i18n.Folding;

/**
 * A sentence read for intent matching: the values in it (phone numbers, sizes, dates ...) taken
 * out first, each in its canonical form, so their digits are not read twice; then the words
 * that are left, folded, with the words as typed beside them. Immutable.
 */
final class Sentence {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final Pattern TICKET = Pattern.compile("(?i)\\b[a-z]{2,5}-\\d{4}-\\d{3,8}\\b");
    private static final Pattern ISO_DATE = Pattern.compile("\\b(\\d{4})-(\\d{1,2})-(\\d{1,2})\\b");
    private static final Pattern DAY_MONTH = Pattern.compile(
            "(?iU)\\b(\\d{1,2})(?::?[ea])?\\s+(jan|feb|mar|apr|maj|may|jun|jul|aug|sep|okt|oct|nov|dec)\\w*");
    private static final Pattern MONTH = Pattern.compile("(?iU)\\b(januari|january|februari|february|mars|march|april|maj|juni"
            + "|june|juli|july|augusti|august|september|oktober|october|november|december)\\b");
    private static final List<String> MONTHS = List.of("jan", "feb", "mar", "apr", "ma", "jun", "jul", "aug", "sep", "o", "nov", "dec");
    private static final Pattern SIZE = Pattern.compile("(?i)\\b(\\d{1,3})\\s?(gb|gig|giga|gigabyte)\\b");
    private static final Pattern NETWORK = Pattern.compile("(?i)\\b([2-5])g\\b");
    private static final Pattern PHONE = Pattern.compile("(?<![\\w+])(?:\\+|00)?\\(?\\d[\\d ()\\-]{5,}\\d");
    private static final Pattern POSTCODE = Pattern.compile("\\b(\\d{3}) ?(\\d{2})\\b");
    private static final Pattern PAGE = Pattern.compile("(?i)\\b(?:sida|sidan|page)\\s*(\\d{1,4})\\b");
    private static final Pattern INVOICE_NUMBER = Pattern.compile("\\b\\d{5,12}\\b");
    private static final Pattern COUNT = Pattern.compile("\\b\\d{1,4}\\b");
    /** Words after "i"/"in" that are no place ("i mitt område", "in my area"). */
    private static final Set<String> NOT_PLACES = Set.of("min", "mitt", "mina", "var", "vart", "vara", "my", "our", "the", "this",
            "that", "omradet", "area", "dag", "idag", "today", "helgen", "morgon", "kvall", "natt", "just", "nulaget", "hela",
            "whole", "all", "alla", "sverige", "sweden", "landet", "country", "stan", "town", "city", "english", "swedish",
            "engelska", "svenska", "a", "an", "en", "ett");
    private static final Set<String> PLACE_WORDS = Set.of("i", "in", "kring", "runt", "around", "near", "vid", "nara");

    private final List<String> folded = new ArrayList<>();
    private final List<String> written = new ArrayList<>();
    private final Map<Entity, List<String>> values = new EnumMap<>(Entity.class);

    private Sentence() {
    }

    static Sentence read(String text) {
        Sentence sentence = new Sentence();
        StringBuilder rest = new StringBuilder(text);
        sentence.take(rest, TICKET, Entity.TICKET_NUMBER, m -> Optional.of(m.group().toUpperCase(Locale.ROOT)));
        sentence.take(rest, ISO_DATE, Entity.DATE, m -> Optional.of(m.group(1) + "-" + two(m.group(2)) + "-" + two(m.group(3))));
        sentence.take(rest, DAY_MONTH, Entity.DATE, m -> Optional.of(month(m.group(2)) + "-" + two(m.group(1))));
        sentence.take(rest, MONTH, Entity.DATE, m -> Optional.of(month(m.group(1))));
        sentence.take(rest, SIZE, Entity.DATA_SIZE, m -> Optional.of(Integer.parseInt(m.group(1)) + "GB"));
        sentence.take(rest, NETWORK, Entity.NETWORK, m -> Optional.of(m.group(1) + "G"));
        sentence.takePhones(rest);
        sentence.take(rest, POSTCODE, Entity.POSTCODE, m -> Optional.of(m.group(1) + " " + m.group(2)));
        sentence.take(rest, PAGE, Entity.PAGE, m -> Optional.of("page " + Integer.parseInt(m.group(1))));
        sentence.take(rest, INVOICE_NUMBER, Entity.INVOICE_NUMBER, m -> Optional.of(m.group()));
        sentence.take(rest, COUNT, Entity.COUNT, m -> Optional.of(String.valueOf(Integer.parseInt(m.group()))));
        sentence.words(rest.toString());
        return sentence;
    }

    List<String> words() {
        return folded;
    }

    boolean has(Entity kind) {
        return values.containsKey(kind);
    }

    /** The first value of the kind in the sentence, or empty. */
    Optional<String> first(Entity kind) {
        return Optional.ofNullable(values.get(kind)).map(found -> found.get(0));
    }

    /** The word after "i"/"in"/"kring" (as typed), unless it is a word of the intent's own or no place. */
    Optional<String> place(Function<String, Boolean> isCue) {
        for (int i = 0; i + 1 < folded.size(); i++) {
            String next = folded.get(i + 1);
            if (PLACE_WORDS.contains(folded.get(i)) && next.length() >= 3 && !NOT_PLACES.contains(next) && !isCue.apply(next)) {
                return Optional.of(written.get(i + 1));
            }
        }
        return Optional.empty();
    }

    private void take(StringBuilder text, Pattern pattern, Entity kind, Function<Matcher, Optional<String>> value) {
        Matcher matcher = pattern.matcher(text);
        List<int[]> spans = new ArrayList<>();
        while (matcher.find()) {
            value.apply(matcher).ifPresent(v -> {
                values.computeIfAbsent(kind, k -> new ArrayList<>()).add(v);
                spans.add(new int[] {matcher.start(), matcher.end()});
            });
        }
        spans.forEach(span -> blank(text, span[0], span[1]));
    }

    /** A run of digits and separators is a phone number when it, or its start (before a size or a count), is a valid one. */
    private void takePhones(StringBuilder text) {
        take(text, PHONE, Entity.PHONE, m -> {
            String run = m.group().replace("(0)", "");
            for (String candidate = run.strip(); ; candidate = candidate.substring(0, candidate.lastIndexOf(' ')).strip()) {
                Optional<String> e164 = PhoneNumbers.looksLikePhone(candidate) ? PhoneNumbers.toE164(candidate) : Optional.empty();
                if (e164.isPresent() || candidate.lastIndexOf(' ') < 0) {
                    return e164;
                }
            }
        });
    }

    private void words(String text) {
        Matcher matcher = WORD.matcher(text);
        while (matcher.find()) {
            written.add(matcher.group());
            folded.add(Folding.fold(matcher.group()));
        }
    }

    private static void blank(StringBuilder text, int start, int end) {
        for (int i = start; i < end; i++) {
            text.setCharAt(i, ' ');
        }
    }

    private static String month(String name) {
        String folded = Folding.fold(name);
        for (int i = 0; i < MONTHS.size(); i++) {
            if (folded.startsWith(MONTHS.get(i))) {
                return two(String.valueOf(i + 1));
            }
        }
        throw new IllegalArgumentException("no month: " + name);
    }

    private static String two(String digits) {
        return digits.length() == 1 ? "0" + digits : digits;
    }
}
