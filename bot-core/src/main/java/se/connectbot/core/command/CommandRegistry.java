package se.connectbot.core.command;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every command the bot knows, collected from the {@link Command} beans at start-up, with the
 * parser built from their keywords. A keyword claimed twice fails start-up. Immutable.
 */
public final class CommandRegistry {

    private final Map<String, Command> byName = new LinkedHashMap<>();
    private final CommandParser parser;

    public CommandRegistry(List<Command> commands) {
        commands.stream()
                .sorted(Comparator.comparingInt((Command c) -> c.spec().helpOrder()).thenComparing(c -> c.spec().name()))
                .forEach(this::add);
        this.parser = new CommandParser(byName.values().stream().map(Command::spec).toList());
    }

    private void add(Command command) {
        if (byName.putIfAbsent(command.spec().name(), command) != null) {
            throw new IllegalArgumentException("two commands are named " + command.spec().name());
        }
    }

    public ParseResult parse(String text) {
        return parser.parse(text);
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
