package se.connectbot.core.command;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every command the bot knows, collected from the {@link Command} beans at start-up, with the
 * parser built from their keywords and the matcher built from their {@link Intent}s. A keyword
 * claimed twice, or an intent of a command that does not exist, fails start-up. Immutable.
 */
public final class CommandRegistry {

    private final Map<String, Command> byName = new LinkedHashMap<>();
    private final CommandParser parser;
    private final IntentMatcher matcher;

    /** Commands by keyword only: a sentence that does not start with one is not understood. */
    public CommandRegistry(List<Command> commands) {
        this(commands, List.of());
    }

    public CommandRegistry(List<Command> commands, List<Intent> intents) {
        commands.stream()
                .sorted(Comparator.comparingInt((Command c) -> c.spec().helpOrder()).thenComparing(c -> c.spec().name()))
                .forEach(this::add);
        this.parser = new CommandParser(byName.values().stream().map(Command::spec).toList());
        this.matcher = new IntentMatcher(intents, name -> byName.containsKey(name) ? byName.get(name).spec() : null);
    }

    private void add(Command command) {
        if (byName.putIfAbsent(command.spec().name(), command) != null) {
            throw new IllegalArgumentException("two commands are named " + command.spec().name());
        }
    }

    /** The text as a command: its keyword first, as a button or a typed command has it. */
    public ParseResult parse(String text) {
        return parser.parse(text);
    }

    /**
     * The text as a person means it: a command by its keyword first; else the intent read from the
     * whole sentence, or a choice of its likely meanings; else unknown, with the keywords that the
     * sentence's words resemble.
     */
    public ParseResult understand(String text) {
        ParseResult parsed = parser.parse(text);
        if (parsed instanceof ParseResult.Unknown) {
            return matcher.match(text).orElse(parsed);
        }
        if (!(parsed instanceof ParseResult.Recognised keyword) || keyword.args().isEmpty()) {
            return parsed;
        }
        Optional<IntentMatcher.Reading> read = matcher.read(text);
        if (read.isPresent() && !sameCommand(read.get().result(), keyword)
                && matcher.score(keyword.spec().name(), text) < IntentMatcher.ENOUGH) {
            // the keyword was a word of a sentence about something else ("jag vill logga in"); a real
            // command keeps its arguments even when they name another ("hjälp fyll på")
            return read.get().result();
        }
        return Fillers.leading(keyword.args()) ? readOn(read, keyword) : parsed;
    }

    /**
     * A keyword followed by a sentence ("fakturor som inte är betalda", "driftstörningar i
     * Göteborg"): the arguments read from the sentence when the command has arguments to read;
     * else what was typed, without the little words it starts with (never a ticket's free text).
     */
    private static ParseResult readOn(Optional<IntentMatcher.Reading> read, ParseResult.Recognised keyword) {
        return read.filter(r -> sameCommand(r.result(), keyword) && r.readArgs())
                .map(IntentMatcher.Reading::result)
                .orElseGet(() -> new ParseResult.Recognised(keyword.spec(), keyword.keyword(), Fillers.stripLeading(keyword.args())));
    }

    private static boolean sameCommand(ParseResult result, ParseResult.Recognised keyword) {
        return result instanceof ParseResult.Recognised r && r.spec().equals(keyword.spec());
    }

    public Optional<Command> byName(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    public Command handlerOf(CommandSpec spec) {
        return byName.get(spec.name());
    }

    /** The commands help lists, in help order. */
    public List<Command> listed() {
        return byName.values().stream().filter(c -> c.spec().listed()).toList();
    }
}
