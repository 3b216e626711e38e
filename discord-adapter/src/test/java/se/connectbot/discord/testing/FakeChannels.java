package se.connectbot.discord.testing;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.dv8tion.jda.api.utils.TimeUtil;
import net.dv8tion.jda.api.utils.data.DataObject;
import org.jspecify.annotations.Nullable;

/**
 * The messages of Discord's channels as the fake keeps them: a create makes a message with an id
 * of the fake's now, unless the bot posted with the same {@code nonce} and {@code enforce_nonce}
 * within {@link #NONCE_WINDOW}, when Discord answers that message as it is and makes none; an
 * edit replaces a kept message's content, embeds and components. What the fake keeps can be made
 * older, as if a try had posted it minutes ago.
 */
final class FakeChannels implements ResponseDefinitionTransformerV2 {

    static final String NAME = "discord-channels";

    /** How long the fake remembers a nonce; Discord says only "a few minutes". */
    static final Duration NONCE_WINDOW = Duration.ofMinutes(3);

    private static final Pattern CREATE = Pattern.compile(".*/channels/([0-9]+)/messages");
    private static final Pattern EDIT = Pattern.compile(".*/channels/([0-9]+)/messages/([0-9]+)");
    private static final AtomicLong SEQUENCE = new AtomicLong();

    private record Kept(String channel, @Nullable String nonce, Instant at, DataObject message) {
    }

    private final List<Kept> messages = new ArrayList<>();

    synchronized void reset() {
        messages.clear();
    }

    /** Every kept message (its id, a snowflake of its time, too) and its nonce made {@code by} older. */
    synchronized void age(Duration by) {
        messages.replaceAll(kept -> {
            Instant at = kept.at().minus(by);
            kept.message().put("id", id(at)).put("timestamp", at.toString());
            return new Kept(kept.channel(), kept.nonce(), at, kept.message());
        });
    }

    /** The messages in the channel as they are now, oldest first. */
    synchronized List<DataObject> in(String channel) {
        return messages.stream().filter(kept -> kept.channel().equals(channel)).map(Kept::message).toList();
    }

    @Override
    public synchronized ResponseDefinition transform(ServeEvent event) {
        LoggedRequest request = event.getRequest();
        String path = request.getUrl().split("\\?", 2)[0];
        Matcher edit = EDIT.matcher(path);
        if (edit.matches()) {
            return answer(edited(edit.group(1), edit.group(2), payload(request)));
        }
        Matcher create = CREATE.matcher(path);
        if (!create.matches()) {
            throw new IllegalStateException(NAME + " answers messages, not " + path);
        }
        return answer(created(create.group(1), payload(request)));
    }

    private DataObject created(String channel, DataObject payload) {
        Instant now = Instant.now();
        String nonce = payload.getBoolean("enforce_nonce", false) ? payload.getString("nonce", null) : null;
        for (Kept kept : messages) {
            if (nonce != null && nonce.equals(kept.nonce()) && kept.at().isAfter(now.minus(NONCE_WINDOW))) {
                return kept.message();
            }
        }
        DataObject message = shown(FakeDiscord.message(channel).put("id", id(now)).put("timestamp", now.toString()), payload);
        messages.add(new Kept(channel, nonce, now, message));
        return message;
    }

    /** Edits a kept message; one the fake never made (a test's own id) is answered as if it had been. */
    private DataObject edited(String channel, String id, DataObject payload) {
        for (Kept kept : messages) {
            if (kept.message().getString("id").equals(id)) {
                return shown(kept.message(), payload).put("edited_timestamp", Instant.now().toString());
            }
        }
        return shown(FakeDiscord.message(channel).put("id", id), payload);
    }

    private static String id(Instant at) {
        return Long.toUnsignedString(TimeUtil.getDiscordTimestamp(at.toEpochMilli()) | (SEQUENCE.incrementAndGet() & 0xFFF));
    }

    private static DataObject shown(DataObject message, DataObject payload) {
        for (String key : List.of("content", "embeds", "components")) {
            if (payload.hasKey(key)) {
                message.put(key, payload.get(key));
            }
        }
        return message;
    }

    private static DataObject payload(LoggedRequest request) {
        return DataObject.fromJson(request.isMultipart() ? request.getPart("payload_json").getBody().asString() : request.getBodyAsString());
    }

    private static ResponseDefinition answer(DataObject message) {
        return new ResponseDefinitionBuilder().withStatus(200).withHeader("Content-Type", "application/json")
                .withBody(message.toString()).build();
    }

    @Override
    public boolean applyGlobally() {
        return false;
    }

    @Override
    public String getName() {
        return NAME;
    }
}
