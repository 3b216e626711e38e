package se.connectbot.discord.deliver;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import net.dv8tion.jda.api.utils.data.DataObject;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.connectbot.core.chat.ChatUser;
import se.connectbot.core.chat.Platform;
import se.connectbot.core.forms.ParkedForms;
import se.connectbot.core.housekeeping.Sweep;
import se.connectbot.core.reply.Block;

/**
 * The custom ids of our components, and what does not fit in one: an action is
 * {@code a|n|actionId|value} when that fits in 100 characters, else {@code k|<uuid>} with the action
 * in PostgreSQL ({@code discord_stash}); a form's button is {@code f|<uuid>} and its modal
 * {@code m|<uuid>}, the form parked in the core's {@link ParkedForms}, which also says who may open
 * it. Read back by any instance. A long action's id is derived from the action itself, so a card
 * rendered again (an outage notice updated in place) refreshes the same row instead of adding one;
 * as a {@link Sweep} it forgets actions no message has carried for {@value #KEEP_DAYS} days, since a
 * button stays in a channel as long as its message (an outage card can stand for weeks). Thread-safe.
 */
public final class Stash implements Sweep {

    private static final int MAX_ID = 100;
    static final int KEEP_DAYS = 30;
    private static final Duration KEEP = Duration.ofDays(KEEP_DAYS);
    private static final String ACTION = "action";

    private final JdbcClient jdbc;
    private final Clock clock;
    private final ParkedForms forms;

    public Stash(JdbcClient jdbc, Clock clock, ParkedForms forms) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.forms = forms;
    }

    /** A component's custom id read back. */
    public sealed interface Decoded {
    }

    /** A click on one of the core's actions. */
    public record Action(String actionId, String value) implements Decoded {
    }

    /** "Open the form": a modal to show at once, if the form is still parked and the clicker may open it. */
    public record OpenForm(UUID id) implements Decoded {
    }

    /** A modal submitted. */
    public record SubmittedForm(UUID id) implements Decoded {
    }

    String action(int index, String actionId, String value) {
        String inline = "a|" + index + "|" + actionId + "|" + value;
        if (inline.length() <= MAX_ID && actionId.indexOf('|') < 0) {
            return inline;
        }
        return "k|" + put(DataObject.empty().put("action", actionId).put("value", value));
    }

    /** @param ownerId who may open it; null: anyone who sees the message */
    String form(Block.Form form, @Nullable String ownerId) {
        return "f|" + forms.park(ownerId == null ? null : user(ownerId), form, null);
    }

    /** The custom id of the modal that opens the form parked as {@code id}. */
    public static String modalId(UUID id) {
        return "m|" + id;
    }

    /** The parked form {@code id}, if the Discord user {@code userId} may open or submit it. */
    public ParkedForms.Claim claim(UUID id, String userId) {
        return forms.claim(id, user(userId));
    }

    /** What a custom id stands for; empty when it is not ours, malformed or (an action) forgotten. */
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
            case 'k' -> get(id).map(body -> new Action(body.getString("action"), body.getString("value")));
            case 'f' -> Optional.of(new OpenForm(id));
            case 'm' -> Optional.of(new SubmittedForm(id));
            default -> Optional.empty();
        };
    }

    @Override
    public int sweep() {
        return jdbc.sql("delete from discord_stash where created_at < :cutoff")
                .param("cutoff", Timestamp.from(clock.instant().minus(KEEP))).update();
    }

    /** Discord's user ids are the same in every guild and in direct messages: one workspace for all. */
    private static ChatUser user(String userId) {
        return new ChatUser(Platform.DISCORD, DiscordSender.USERS, userId);
    }

    private UUID put(DataObject body) {
        String json = body.toString();
        UUID id = UUID.nameUUIDFromBytes((ACTION + "|" + json).getBytes(StandardCharsets.UTF_8));
        jdbc.sql("""
                        insert into discord_stash (id, kind, body, created_at) values (:id, :kind, :body, :at)
                        on conflict (id) do update set created_at = excluded.created_at""")
                .param("id", id).param("kind", ACTION).param("body", json)
                .param("at", Timestamp.from(clock.instant())).update();
        return id;
    }

    private Optional<DataObject> get(UUID id) {
        return jdbc.sql("select body from discord_stash where id = :id and kind = :kind and created_at >= :cutoff")
                .param("id", id).param("kind", ACTION).param("cutoff", Timestamp.from(clock.instant().minus(KEEP)))
                .query((rs, n) -> DataObject.fromJson(rs.getString("body")))
                .optional();
    }
}
