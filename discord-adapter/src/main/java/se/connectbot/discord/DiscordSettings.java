package se.connectbot.discord;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.core.env.Environment;
import org.springframework.util.unit.DataSize;

/**
 * The adapter's settings, from the environment's names ({@code DISCORD_*}); a bad value stops the
 * start with its name. Never shows the token ({@link #toString()}).
 *
 * @param apiUrl      REST base ({@code DISCORD_API_URL}, default Discord's {@code /api/v10/})
 * @param gatewayUrl  when set ({@code DISCORD_GATEWAY_URL}), that gateway with JSON encoding and no
 *                    compression; else the one Discord names
 * @param guildId     when set ({@code DISCORD_GUILD_ID}), commands are registered in that guild only
 *                    (at once, for testing) instead of globally
 * @param shardsTotal how many shards the bot has in all ({@code DISCORD_SHARDS=total[:id,id...]})
 * @param shardIds    the shards this instance runs (all of them unless listed)
 */
record DiscordSettings(String token, @Nullable String applicationId, String apiUrl, @Nullable String gatewayUrl, @Nullable String guildId,
                       int shardsTotal, List<Integer> shardIds, long maxUploadSize) {

    static final String TOKEN = "DISCORD_BOT_TOKEN";
    static final String DEFAULT_API = "https://discord.com/api/v10/";

    static boolean configured(Environment environment) {
        String token = environment.getProperty(TOKEN);
        return token != null && !token.isBlank();
    }

    static DiscordSettings from(Environment env) {
        String token = env.getProperty(TOKEN, "").strip();
        if (token.isEmpty()) {
            throw new IllegalArgumentException(TOKEN + " must be set");
        }
        String api = env.getProperty("DISCORD_API_URL", DEFAULT_API).strip();
        if (!api.startsWith("https://") && !api.startsWith("http://")) {
            throw new IllegalArgumentException("DISCORD_API_URL must be an http(s) URL but was '" + api + "'");
        }
        String shards = env.getProperty("DISCORD_SHARDS", "1").strip();
        int total = parseTotal(shards);
        DataSize upload = uploadSize(env.getProperty("connectbot.discord.max-upload-size", "10MB"));
        return new DiscordSettings(token, blankToNull(env.getProperty("DISCORD_APPLICATION_ID")), api.endsWith("/") ? api : api + "/",
                blankToNull(env.getProperty("DISCORD_GATEWAY_URL")), blankToNull(env.getProperty("DISCORD_GUILD_ID")),
                total, parseIds(shards, total), upload.toBytes());
    }

    private static DataSize uploadSize(String value) {
        try {
            DataSize size = DataSize.parse(value.strip());
            if (size.toBytes() < 1) {
                throw new IllegalArgumentException("not positive");
            }
            return size;
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("connectbot.discord.max-upload-size must be a size such as 10MB but was '" + value + "'");
        }
    }

    private static int parseTotal(String shards) {
        String total = shards.contains(":") ? shards.substring(0, shards.indexOf(':')) : shards;
        try {
            int value = Integer.parseInt(total.strip());
            if (value < 1) {
                throw new NumberFormatException();
            }
            return value;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("DISCORD_SHARDS must be 'total' or 'total:id,id' with total >= 1 but was '" + shards + "'");
        }
    }

    private static List<Integer> parseIds(String shards, int total) {
        List<Integer> ids = new ArrayList<>();
        if (!shards.contains(":")) {
            for (int i = 0; i < total; i++) {
                ids.add(i);
            }
            return List.copyOf(ids);
        }
        for (String id : shards.substring(shards.indexOf(':') + 1).split(",")) {
            int value;
            try {
                value = Integer.parseInt(id.strip());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("DISCORD_SHARDS lists a shard id that is no number: '" + id + "' in '" + shards + "'");
            }
            if (value < 0 || value >= total || ids.contains(value)) {
                throw new IllegalArgumentException("DISCORD_SHARDS lists shard " + value + ", outside 0.." + (total - 1) + " or twice, in '" + shards + "'");
            }
            ids.add(value);
        }
        return List.copyOf(ids);
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    @Override
    public String toString() {
        return "DiscordSettings[api " + apiUrl + ", gateway " + gatewayUrl + ", guild " + guildId + ", shards " + shardIds + " of " + shardsTotal + "]";
    }
}
