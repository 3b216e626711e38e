package se.connectbot.discord.deliver;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import net.dv8tion.jda.api.utils.data.DataArray;
import net.dv8tion.jda.api.utils.data.DataObject;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.connectbot.core.housekeeping.Sweep;
import se.connectbot.core.reply.Block;

/**
 * The custom ids of our components, and what does not fit in one ({@code discord_stash}): an
 * action is {@code a|n|actionId|value} when that fits in 100 characters, else {@code k|<uuid>} with
 * the action in PostgreSQL; a form's button is {@code f|<uuid>} and its modal {@code m|<uuid>}.
 * Read back by any instance. Thread-safe; a {@link Sweep} that forgets entries after a day.
 */
public final class Stash implements Sweep {

    private static final int MAX_ID = 100;
    private static final Duration KEEP = Duration.ofDays(1);
    private static final String ACTION = "action";
    private static final String FORM = "form";

    private final JdbcClient jdbc;
    private final Clock clock;

    public Stash(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A component's custom id read back. */
    public sealed interface Decoded {
    }

    /** A click on one of the core's actions. */
    public record Action(String actionId, String value) implements Decoded {
    }

    /** "Open the form": a modal to show at once. */
    public record OpenForm(UUID id, Block.Form form, @Nullable String ownerId) implements Decoded {
    }

    /** A modal submitted. */
    public record SubmittedForm(UUID id, Block.Form form, @Nullable String ownerId) implements Decoded {
    }

    String action(int index, String actionId, String value) {
        String inline = "a|" + index + "|" + actionId + "|" + value;
        if (inline.length() <= MAX_ID && actionId.indexOf('|') < 0) {
            return inline;
        }
        return "k|" + put(ACTION, null, DataObject.empty().put("action", actionId).put("value", value));
    }

    String form(Block.Form form, @Nullable String ownerId) {
        return "f|" + put(FORM, ownerId, formData(form));
    }

    /** The custom id of the modal that {@code open} opens. */
    public static String modalId(OpenForm open) {
        return "m|" + open.id();
    }

    /** What a custom id stands for; empty when it is not ours, malformed or forgotten. */
    public Optional<Decoded> decode(String customId) {
        if (customId.startsWith("a|")) {
            String[] parts = customId.split("\\|", 4);
            return parts.length == 4 && !parts[2].isBlank() ? Optional.of(new Action(parts[2], parts[3])) : Optional.empty();
        }
        if (customId.length() < 3 || customId.charAt(1) != '|') {
            return Optional.empty();
        }
        UUID id;
        try {
            id = UUID.fromString(customId.substring(2));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        return switch (customId.charAt(0)) {
            case 'k' -> get(id, ACTION).map(r -> new Action(r.body().getString("action"), r.body().getString("value")));
            case 'f' -> get(id, FORM).map(r -> new OpenForm(id, form(r.body()), r.ownerId()));
            case 'm' -> get(id, FORM).map(r -> new SubmittedForm(id, form(r.body()), r.ownerId()));
            default -> Optional.empty();
        };
    }

    @Override
    public int sweep() {
        return jdbc.sql("delete from discord_stash where created_at < :cutoff")
                .param("cutoff", Timestamp.from(clock.instant().minus(KEEP))).update();
    }

    private UUID put(String kind, @Nullable String ownerId, DataObject body) {
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into discord_stash (id, kind, owner_id, body, created_at) values (:id, :kind, :owner, :body, :at)")
                .param("id", id).param("kind", kind).param("owner", ownerId).param("body", body.toString())
                .param("at", Timestamp.from(clock.instant())).update();
        return id;
    }

    private record Row(@Nullable String ownerId, DataObject body) {
    }

    private Optional<Row> get(UUID id, String kind) {
        return jdbc.sql("select owner_id, body from discord_stash where id = :id and kind = :kind and created_at >= :cutoff")
                .param("id", id).param("kind", kind).param("cutoff", Timestamp.from(clock.instant().minus(KEEP)))
                .query((rs, n) -> new Row(rs.getString("owner_id"), DataObject.fromJson(rs.getString("body"))))
                .optional();
    }

    private static DataObject formData(Block.Form form) {
        DataArray inputs = DataArray.empty();
        for (Block.Input input : form.inputs()) {
            DataArray options = DataArray.empty();
            input.options().forEach(o -> options.add(DataObject.empty().put("label", o.label()).put("value", o.value())));
            inputs.add(DataObject.empty().put("name", input.name()).put("label", input.label()).put("kind", input.kind().name())
                    .put("required", input.required()).put("max", input.maxLength()).put("initial", input.initialValue())
                    .put("options", options));
        }
        return DataObject.empty().put("id", form.formId()).put("title", form.title()).put("submit", form.submitLabel()).put("inputs", inputs);
    }

    private static Block.Form form(DataObject data) {
        List<Block.Input> inputs = new ArrayList<>();
        DataArray stored = data.getArray("inputs");
        for (int i = 0; i < stored.length(); i++) {
            DataObject in = stored.getObject(i);
            List<Block.Option> options = new ArrayList<>();
            DataArray opts = in.getArray("options");
            for (int j = 0; j < opts.length(); j++) {
                options.add(new Block.Option(opts.getObject(j).getString("label"), opts.getObject(j).getString("value")));
            }
            inputs.add(new Block.Input(in.getString("name"), in.getString("label"), Block.InputKind.valueOf(in.getString("kind")),
                    in.getBoolean("required"), in.getInt("max"), in.getString("initial", null), options));
        }
        return new Block.Form(data.getString("id"), data.getString("title"), inputs, data.getString("submit"));
    }
}
