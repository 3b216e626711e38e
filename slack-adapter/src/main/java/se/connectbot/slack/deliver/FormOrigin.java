package se.connectbot.slack.deliver;

import com.google.gson.Gson;
import com.google.gson.JsonParseException;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Where a modal's answer belongs, carried in the modal's {@code private_metadata} (at most
 * 3,000 characters; this is a few hundred): the core's form id and the conversation it was
 * asked in.
 */
public record FormOrigin(String formId, String channelId, boolean shared, @Nullable String threadTs,
                         @Nullable String responseUrl) {

    private static final Gson GSON = new Gson();

    public String toJson() {
        return GSON.toJson(this);
    }

    /** Empty when the metadata is not ours (or was tampered with into nonsense). */
    public static Optional<FormOrigin> fromJson(@Nullable String json) {
        if (json == null || json.isBlank()) {
            return Optional.empty();
        }
        try {
            FormOrigin origin = GSON.fromJson(json, FormOrigin.class);
            return origin == null || origin.formId() == null || origin.channelId() == null ? Optional.empty() : Optional.of(origin);
        } catch (JsonParseException e) {
            return Optional.empty();
        }
    }
}
