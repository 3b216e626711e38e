package se.connectbot.discord.inbound;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import net.dv8tion.jda.api.utils.data.DataArray;
import net.dv8tion.jda.api.utils.data.DataObject;
import org.jspecify.annotations.Nullable;
import se.connectbot.core.i18n.Language;

/**
 * The {@code /connect} command as {@code config/discord/commands.json} defines it (the one
 * definition, on the classpath as {@value #RESOURCE}), and a use of it as the text the core reads:
 * the subcommand's name in the user's language (its {@code sv-SE} localisation for Swedish; a
 * hyphen, which Discord's names need, read as a space: {@code fyll-på} is {@code fyll på}) and the
 * options' values in the order the definition gives them. Immutable.
 */
public final class CommandText {

    public static final String RESOURCE = "discord/commands.json";
    static final String COMMAND = "connect";
    private static final String SWEDISH = "sv-SE";

    private final String json;
    private final Map<String, Subcommand> subcommands = new HashMap<>();

    private record Subcommand(String english, String swedish, List<String> options) {
    }

    private CommandText(String json) {
        this.json = json;
        DataObject connect = commandNamed(DataArray.fromJson(json), COMMAND);
        DataArray subs = connect.getArray("options");
        for (int i = 0; i < subs.length(); i++) {
            DataObject sub = subs.getObject(i);
            List<String> options = new ArrayList<>();
            DataArray opts = sub.optArray("options").orElseGet(DataArray::empty);
            for (int j = 0; j < opts.length(); j++) {
                options.add(opts.getObject(j).getString("name"));
            }
            String name = sub.getString("name");
            String swedish = sub.optObject("name_localizations").map(l -> l.getString(SWEDISH, name)).orElse(name);
            subcommands.put(name, new Subcommand(name, swedish, options));
        }
    }

    /** The definition from the classpath. */
    public static CommandText load() {
        try (InputStream in = CommandText.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the classpath");
            }
            return new CommandText(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The definition as Discord takes it (a JSON array of application commands). */
    public String json() {
        return json;
    }

    /** The text for the core; {@code options} gives an option's value by name, null when not given. */
    String text(@Nullable String subcommand, Function<String, @Nullable OptionMapping> options, Language language) {
        Subcommand sub = subcommand == null ? null : subcommands.get(subcommand);
        if (sub == null) {
            return "";
        }
        StringBuilder out = new StringBuilder((language == Language.SV ? sub.swedish() : sub.english()).replace('-', ' '));
        for (String option : sub.options()) {
            OptionMapping value = options.apply(option);
            if (value != null && !value.getAsString().isBlank()) {
                out.append(' ').append(value.getAsString().strip());
            }
        }
        return out.toString();
    }

    private static DataObject commandNamed(DataArray commands, String name) {
        for (int i = 0; i < commands.length(); i++) {
            if (name.equals(commands.getObject(i).getString("name"))) {
                return commands.getObject(i);
            }
        }
        throw new IllegalStateException(RESOURCE + " defines no command " + name);
    }
}
