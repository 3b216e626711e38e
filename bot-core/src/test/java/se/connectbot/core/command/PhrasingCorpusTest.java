package se.connectbot.core.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.connectbot.core.CoreSpringTest;

/**
 * The phrasing corpus ({@code corpus/phrasings.txt}): how people ask, in both languages, with
 * typos and in any word order, against what the bot reads. Reports the share read right and
 * fails under {@link #THRESHOLD}, so that a change to the intents that loses more than it gains
 * stops the build. The threshold is set a little under what the intents reach today, not at
 * 100 %: the corpus keeps the phrasings we do not read yet, as the record of what to do next.
 */
@CoreSpringTest
class PhrasingCorpusTest {

    /** The share of the whole corpus that must be read right (intent and arguments); 96.5 % when set. */
    static final double THRESHOLD = 0.94;
    /** The same for the fresh sample, the honest estimate for a new user; 88.3 % when set. */
    static final double FRESH_THRESHOLD = 0.85;

    @Autowired
    CommandRegistry registry;

    @Test
    void readsMostOfHowPeopleAsk() throws IOException {
        List<Phrasing> corpus = corpus();
        List<Phrasing> fresh = corpus.subList(corpus.indexOf(corpus.stream().filter(Phrasing::fresh).findFirst().orElseThrow()), corpus.size());
        List<String> misread = new ArrayList<>();
        int intentRight = 0;
        for (Phrasing phrasing : corpus) {
            String read = reading(registry.understand(phrasing.text()), phrasing.expected());
            intentRight += command(read).equals(command(phrasing.expected())) ? 1 : 0;
            if (!read.equals(phrasing.expected())) {
                misread.add(String.format("  %-55s expected %-32s read %s", phrasing.text(), phrasing.expected(), read));
            }
        }
        double share = 1.0 - (double) misread.size() / corpus.size();
        long freshRight = fresh.stream().filter(p -> reading(registry.understand(p.text()), p.expected()).equals(p.expected())).count();
        System.out.printf("Fresh sample (not tuned on): %d phrasings, %.1f %% read right.%n", fresh.size(), 100.0 * freshRight / fresh.size());
        System.out.printf("Phrasing corpus: %d phrasings, %.1f %% read right (intent and arguments), %.1f %% the right intent.%n"
                + "Misread:%n%s%n", corpus.size(), 100 * share, 100.0 * intentRight / corpus.size(), String.join("\n", misread));
        assertThat(corpus).hasSizeGreaterThanOrEqualTo(300);
        assertThat((double) freshRight / fresh.size()).as("share of the fresh sample read right").isGreaterThanOrEqualTo(FRESH_THRESHOLD);
        assertThat(share).as("share of the corpus read right; misread:%n%s", String.join("\n", misread)).isGreaterThanOrEqualTo(THRESHOLD);
    }

    /** What the registry made of a text, written the way the corpus writes expectations. */
    String reading(ParseResult result, String expected) {
        if (result instanceof ParseResult.Recognised r) {
            return (r.spec().name() + " " + r.args().raw()).strip();
        }
        if (result instanceof ParseResult.Ambiguous a) {
            Set<String> names = a.meanings().stream().map(m -> m.spec().name()).collect(Collectors.toCollection(TreeSet::new));
            return "?" + String.join(",", names);
        }
        if (result instanceof ParseResult.Unknown u && expected.startsWith("~") && !u.suggestions().isEmpty()) {
            // a one-word typo: right when "did you mean" offers a keyword of the expected command
            boolean offered = u.suggestions().stream().map(registry::parse)
                    .anyMatch(p -> p instanceof ParseResult.Recognised r && ("~" + r.spec().name()).equals(expected));
            return offered ? expected : "~" + u.suggestions();
        }
        return "-";
    }

    private static String command(String reading) {
        return reading.split(" ")[0];
    }

    private static List<Phrasing> corpus() throws IOException {
        try (InputStream in = PhrasingCorpusTest.class.getResourceAsStream("/corpus/phrasings.txt")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            List<Phrasing> phrasings = new ArrayList<>();
            boolean fresh = false;
            for (String line : text.lines().toList()) {
                fresh |= line.startsWith("## A fresh sample");
                if (!line.isBlank() && !line.startsWith("#")) {
                    String[] parts = line.split("\\|", 2);
                    phrasings.add(new Phrasing(parts[0].strip(), normalised(parts[1].strip()), fresh));
                }
            }
            return phrasings;
        }
    }

    /** {@code ?b,a} as {@code ?a,b}: a choice is a set. */
    private static String normalised(String expected) {
        if (!expected.startsWith("?")) {
            return expected;
        }
        return "?" + String.join(",", new TreeSet<>(List.of(expected.substring(1).split(","))));
    }

    private record Phrasing(String text, String expected, boolean fresh) {
    }
}
