package se.connectbot.discord.testing;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.dv8tion.jda.api.utils.data.DataArray;
import net.dv8tion.jda.api.utils.data.DataObject;

/** INTERACTION_CREATE and MESSAGE_CREATE payloads as Discord sends them, for the fake gateway to push. */
public final class Interactions {

    private Interactions() {
    }

    /** Who does it, in which language, in the guild's channel or (guild false) in a direct message. */
    public record Person(String userId, String name, String locale, boolean inGuild) {
        public static Person swede(String userId) {
            return new Person(userId, "Anna Lindqvist", "sv-SE", true);
        }

        public static Person english(String userId) {
            return new Person(userId, "Karl Berg", "en-GB", true);
        }

        public Person direct() {
            return new Person(userId, name, locale, false);
        }
    }

    /** {@code /connect <subcommand> [option:value ...]}; options as name, value pairs. */
    public static DataObject slash(Person who, String subcommand, String... options) {
        DataArray values = DataArray.empty();
        for (int i = 0; i + 1 < options.length; i += 2) {
            values.add(DataObject.empty().put("type", 3).put("name", options[i]).put("value", options[i + 1]));
        }
        DataObject data = DataObject.empty().put("id", "1100000000000000010").put("name", "connect").put("type", 1)
                .put("options", DataArray.empty().add(DataObject.empty().put("type", 1).put("name", subcommand).put("options", values)));
        return base(who, 2, FakeDiscord.snowflake()).put("data", data);
    }

    /** An autocomplete request while {@code who} types {@code typed} into the option of the subcommand. */
    public static DataObject autocomplete(Person who, String subcommand, String option, String typed) {
        DataObject focused = DataObject.empty().put("type", 3).put("name", option).put("value", typed).put("focused", true);
        DataObject data = DataObject.empty().put("id", "1100000000000000010").put("name", "connect").put("type", 1)
                .put("options", DataArray.empty().add(DataObject.empty().put("type", 1).put("name", subcommand)
                        .put("options", DataArray.empty().add(focused))));
        return base(who, 4, FakeDiscord.snowflake()).put("data", data);
    }

    public static DataObject button(Person who, String customId) {
        return component(who, DataObject.empty().put("custom_id", customId).put("component_type", 2));
    }

    /** A click on a button of the message {@code messageId} (two clicks on one message are a double click). */
    public static DataObject button(Person who, String customId, String messageId) {
        DataObject click = button(who, customId);
        click.getObject("message").put("id", messageId);
        return click;
    }

    public static DataObject select(Person who, String customId, String value) {
        return component(who, DataObject.empty().put("custom_id", customId).put("component_type", 3).put("values", List.of(value)));
    }

    /** A submitted modal: each value in a text input inside a label (Discord's modal components since 2025). */
    public static DataObject modal(Person who, String customId, Map<String, String> values) {
        return modal(who, customId, values, java.util.Set.of());
    }

    /** As {@link #modal(Person, String, Map)}, with the inputs named in {@code selects} chosen in a string select. */
    public static DataObject modal(Person who, String customId, Map<String, String> values, java.util.Set<String> selects) {
        DataArray components = DataArray.empty();
        for (Map.Entry<String, String> value : new LinkedHashMap<>(values).entrySet()) {
            DataObject input = DataObject.empty().put("id", 100 + components.length()).put("custom_id", value.getKey());
            if (selects.contains(value.getKey())) {
                input.put("type", 3).put("values", List.of(value.getValue()));
            } else {
                input.put("type", 4).put("value", value.getValue());
            }
            components.add(DataObject.empty().put("type", 18).put("id", components.length() + 1).put("component", input));
        }
        return base(who, 5, FakeDiscord.snowflake()).put("data", DataObject.empty().put("custom_id", customId).put("components", components));
    }

    /** A direct message to the bot. */
    public static DataObject directMessage(Person who, String text) {
        return FakeDiscord.message(FakeDiscord.DM_CHANNEL).put("author", FakeDiscord.user(who.userId(), who.name())).put("content", text);
    }

    private static DataObject component(Person who, DataObject data) {
        DataObject message = FakeDiscord.message(who.inGuild() ? FakeDiscord.CHANNEL : FakeDiscord.DM_CHANNEL).put("flags", 64);
        return base(who, 3, FakeDiscord.snowflake()).put("data", data).put("message", message);
    }

    private static DataObject base(Person who, int type, String id) {
        DataObject user = FakeDiscord.user(who.userId(), who.name());
        DataObject payload = DataObject.empty().put("id", id).put("application_id", FakeDiscord.APPLICATION).put("type", type)
                .put("token", "interaction-token-" + id).put("version", 1).put("locale", who.locale()).put("entitlements", List.of())
                .put("attachment_size_limit", 10_485_760).put("app_permissions", "2147483647");
        if (who.inGuild()) {
            return payload.put("guild_id", FakeDiscord.GUILD).put("guild_locale", "sv-SE").put("context", 0)
                    .put("guild", DataObject.empty().put("id", FakeDiscord.GUILD).put("locale", "sv-SE").put("features", List.of()))
                    .put("channel_id", FakeDiscord.CHANNEL)
                    .put("channel", DataObject.empty().put("id", FakeDiscord.CHANNEL).put("type", 0).put("guild_id", FakeDiscord.GUILD)
                            .put("name", "allmänt").put("position", 0).put("permission_overwrites", List.of()).put("flags", 0)
                            .put("nsfw", false).put("parent_id", null).put("topic", null).put("rate_limit_per_user", 0)
                            .put("last_message_id", null).put("permissions", "2147483647"))
                    .put("member", DataObject.empty().put("user", user).put("roles", List.of()).put("joined_at", "2024-01-01T00:00:00.000000+00:00")
                            .put("deaf", false).put("mute", false).put("flags", 0).put("pending", false).put("nick", null)
                            .put("permissions", "2147483647"))
                    .put("authorizing_integration_owners", DataObject.empty().put("0", FakeDiscord.GUILD));
        }
        return payload.put("context", 1).put("channel_id", FakeDiscord.DM_CHANNEL)
                .put("channel", DataObject.empty().put("id", FakeDiscord.DM_CHANNEL).put("type", 1).put("last_message_id", null)
                        .put("recipients", List.of(user.toMap())).put("flags", 0))
                .put("user", user)
                .put("authorizing_integration_owners", DataObject.empty().put("1", who.userId()));
    }

}
