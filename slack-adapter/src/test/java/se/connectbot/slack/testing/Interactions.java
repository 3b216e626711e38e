package se.connectbot.slack.testing;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.util.Map;

/**
 * Interactivity payloads as Slack posts them (the JSON in the {@code payload} form field): a
 * button click or a menu choice in a message ({@code block_actions}), and a modal submitted
 * ({@code view_submission}). Built from what the bot rendered, so a test clicks what a user
 * would see.
 */
public final class Interactions {

    private Interactions() {
    }

    /** Where a click happens: the workspace, the user, the conversation and the message clicked in. */
    public record Where(String team, String user, String channel, String messageTs, boolean ephemeral) {
    }

    /**
     * @param button the rendered button element ({@code action_id}, {@code value}, {@code text})
     */
    public static String click(Where where, JsonObject button, String blockId, String actionTs, String triggerId, String responseUrl) {
        JsonObject action = new JsonObject();
        action.addProperty("type", "button");
        action.addProperty("action_id", button.get("action_id").getAsString());
        action.addProperty("block_id", blockId);
        action.add("text", button.get("text").deepCopy());
        if (button.has("value")) {
            action.addProperty("value", button.get("value").getAsString());
        }
        action.addProperty("action_ts", actionTs);
        return blockActions(where, action, triggerId, responseUrl).toString();
    }

    /** A choice in a {@code static_select} menu: the menu's element and the chosen option's value. */
    public static String choose(Where where, JsonObject select, String optionValue, String blockId, String actionTs,
                                String triggerId, String responseUrl) {
        JsonObject action = new JsonObject();
        action.addProperty("type", "static_select");
        action.addProperty("action_id", select.get("action_id").getAsString());
        action.addProperty("block_id", blockId);
        action.add("selected_option", option(optionValue));
        action.addProperty("action_ts", actionTs);
        return blockActions(where, action, triggerId, responseUrl).toString();
    }

    /**
     * The modal as opened ({@code views.open}'s {@code view}), submitted with these values.
     *
     * @param viewId Slack's id of the opened view
     * @param values per block id, per action id, the element's state ({@link #typed}, {@link #selected})
     */
    public static String submit(String team, String user, JsonObject openedView, String viewId,
                                Map<String, Map<String, JsonObject>> values, String triggerId) {
        JsonObject view = openedView.deepCopy();
        view.addProperty("id", viewId);
        view.addProperty("team_id", team);
        view.addProperty("hash", "1." + viewId);
        JsonObject stateValues = new JsonObject();
        values.forEach((blockId, actions) -> {
            JsonObject byAction = new JsonObject();
            actions.forEach(byAction::add);
            stateValues.add(blockId, byAction);
        });
        JsonObject state = new JsonObject();
        state.add("values", stateValues);
        view.add("state", state);
        JsonObject payload = new JsonObject();
        payload.addProperty("type", "view_submission");
        payload.add("team", team(team));
        payload.add("user", user(team, user));
        payload.addProperty("api_app_id", "A123");
        payload.addProperty("token", "legacy-verification-token");
        payload.addProperty("trigger_id", triggerId);
        payload.add("view", view);
        return payload.toString();
    }

    /** A plain-text input's state. */
    public static JsonObject typed(String text) {
        JsonObject value = new JsonObject();
        value.addProperty("type", "plain_text_input");
        value.addProperty("value", text);
        return value;
    }

    /** A static select's state with this option chosen. */
    public static JsonObject selected(String optionValue) {
        JsonObject value = new JsonObject();
        value.addProperty("type", "static_select");
        value.add("selected_option", option(optionValue));
        return value;
    }

    private static JsonObject blockActions(Where where, JsonObject action, String triggerId, String responseUrl) {
        JsonObject container = new JsonObject();
        container.addProperty("type", "message");
        container.addProperty("message_ts", where.messageTs());
        container.addProperty("channel_id", where.channel());
        container.addProperty("is_ephemeral", where.ephemeral());
        JsonObject channel = new JsonObject();
        channel.addProperty("id", where.channel());
        channel.addProperty("name", where.channel().startsWith("D") ? "directmessage" : "general");
        JsonArray actions = new JsonArray();
        actions.add(action);
        JsonObject payload = new JsonObject();
        payload.addProperty("type", "block_actions");
        payload.add("team", team(where.team()));
        payload.add("user", user(where.team(), where.user()));
        payload.addProperty("api_app_id", "A123");
        payload.addProperty("token", "legacy-verification-token");
        payload.addProperty("trigger_id", triggerId);
        payload.add("container", container);
        payload.add("channel", channel);
        payload.addProperty("response_url", responseUrl);
        payload.add("actions", actions);
        return payload;
    }

    private static JsonObject option(String value) {
        JsonObject text = new JsonObject();
        text.addProperty("type", "plain_text");
        text.addProperty("text", value);
        JsonObject option = new JsonObject();
        option.add("text", text);
        option.addProperty("value", value);
        return option;
    }

    private static JsonObject team(String id) {
        JsonObject team = new JsonObject();
        team.addProperty("id", id);
        team.addProperty("domain", "nordkust");
        return team;
    }

    private static JsonObject user(String team, String id) {
        JsonObject user = new JsonObject();
        user.addProperty("id", id);
        user.addProperty("username", id.toLowerCase(java.util.Locale.ROOT));
        user.addProperty("team_id", team);
        return user;
    }
}
