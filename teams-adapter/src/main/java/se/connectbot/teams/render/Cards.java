package se.connectbot.teams.render;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Small builders of Adaptive Card JSON (schema 1.5), so the renderer reads as the card it makes. */
final class Cards {

    static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    static final String SCHEMA = "http://adaptivecards.io/schemas/adaptive-card.json";
    static final String VERSION = "1.5";

    /** The key of a card submit's data that says what it is ({@link ActionData}). */
    private Cards() {
    }

    static ObjectNode card(ArrayNode body) {
        ObjectNode card = JSON.objectNode();
        card.put("type", "AdaptiveCard");
        card.put("$schema", SCHEMA);
        card.put("version", VERSION);
        card.putObject("msteams").put("width", "Full");
        card.set("body", body);
        return card;
    }

    /** Plain text: a {@code RichTextBlock} of one {@code TextRun}, which Teams never reads as markdown. */
    static ObjectNode text(String text, boolean bold, String color, String size) {
        ObjectNode block = JSON.objectNode();
        block.put("type", "RichTextBlock");
        ObjectNode run = block.putArray("inlines").addObject();
        run.put("type", "TextRun");
        run.put("text", text);
        if (bold) {
            run.put("weight", "Bolder");
        }
        if (!"Default".equals(color)) {
            run.put("color", color);
        }
        if (!"Default".equals(size)) {
            run.put("size", size);
        }
        return block;
    }

    static ObjectNode actionSet(ArrayNode actions) {
        ObjectNode set = JSON.objectNode();
        set.put("type", "ActionSet");
        set.set("actions", actions);
        return set;
    }

    static ObjectNode submit(String title, ObjectNode data, String style) {
        ObjectNode action = JSON.objectNode();
        action.put("type", "Action.Submit");
        action.put("title", title);
        if (!"default".equals(style)) {
            action.put("style", style);
        }
        action.set("data", data);
        return action;
    }

    static ObjectNode openUrl(String title, String url) {
        ObjectNode action = JSON.objectNode();
        action.put("type", "Action.OpenUrl");
        action.put("title", title);
        action.put("url", url);
        return action;
    }
}
