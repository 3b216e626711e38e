package se.connectbot.core.command;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import se.connectbot.core.i18n.Folding;
import se.connectbot.core.rights.Capability;

/**
 * What a command is, as data: its canonical (English) name, every keyword and synonym in both
 * languages (one or more words each; matched folded, so case and diacritics do not matter, but
 * kept as written so that a did-you-mean or the help shows them with their diacritics), the
 * capability it needs (null: none), whether the user must be signed in, how private its answer
 * is, and its place in the help. The help texts are {@code help.<name>.usage} and
 * {@code help.<name>.summary} in the message bundles.
 */
public record CommandSpec(
        String name,
        List<String> keywords,
        @Nullable Capability capability,
        boolean needsSignIn,
        Privacy privacy,
        int helpOrder) {

    private static final Pattern SPACE = Pattern.compile("\\s+");

    public CommandSpec {
        Objects.requireNonNull(name, "name");
        keywords = distinctByFolding(keywords);
        if (keywords.isEmpty() || keywords.stream().anyMatch(k -> Folding.fold(k).isEmpty())) {
            throw new IllegalArgumentException("command " + name + " needs non-blank keywords but had " + keywords);
        }
        Objects.requireNonNull(privacy, "privacy");
    }

    /** A command of the portal, which needs a signed-in user and answers privately where shared. */
    public static CommandSpec personal(String name, @Nullable Capability capability, int helpOrder, String... keywords) {
        return new CommandSpec(name, List.of(keywords), capability, true, Privacy.PERSONAL, helpOrder);
    }

    /** A command anyone may use, signed in or not. */
    public static CommandSpec open(String name, Privacy privacy, int helpOrder, String... keywords) {
        return new CommandSpec(name, List.of(keywords), null, false, privacy, helpOrder);
    }

    private static List<String> distinctByFolding(List<String> keywords) {
        Map<String, String> byFolded = new LinkedHashMap<>();
        keywords.forEach(k -> byFolded.putIfAbsent(Folding.fold(k), SPACE.matcher(k.strip().toLowerCase(Locale.ROOT)).replaceAll(" ")));
        return List.copyOf(byFolded.values());
    }

    /** Whether help lists it (a negative order hides it, e.g. for cancel and back). */
    public boolean listed() {
        return helpOrder >= 0;
    }
}
