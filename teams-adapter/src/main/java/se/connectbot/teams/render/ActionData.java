package se.connectbot.teams.render;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import se.connectbot.core.chat.Inbound;

/**
 * What a card's submit carries, and reading it back into the core's {@link Inbound.Payload}: a
 * button ({@value #ACTION}: action id and value), a select ({@value #SELECT}: action id, the
 * value being the chosen option of the input it names) or a form ({@value #FORM}: form id,
 * each input under {@value #INPUT_PREFIX} and its name). The same for {@code Action.Submit}
 * (the message's {@code value}) and {@code Action.Execute} (the invoke's {@code action.data}).
 */
public final class ActionData {

    static final String KIND = "connectKind";
    static final String ACTION = "action";
    static final String SELECT = "select";
    static final String FORM = "form";
    static final String ID = "connectId";
    static final String VALUE = "connectValue";
    static final String CHOICE_INPUT = "connectChoice";
    static final String INPUT = "connectInput";
    static final String INPUT_PREFIX = "in_";
    static final String RENDERING = "connectCard";

    private ActionData() {
    }

    static ObjectNode button(String actionId, String value) {
        ObjectNode data = Cards.JSON.objectNode();
        data.put(KIND, ACTION).put(ID, actionId).put(VALUE, value);
        return data;
    }

    /** A select's submit; {@code input} names its {@code Input.ChoiceSet} (one card may hold several). */
    static ObjectNode select(String actionId, String input) {
        return Cards.JSON.objectNode().put(KIND, SELECT).put(ID, actionId).put(INPUT, input);
    }

    static ObjectNode form(String formId) {
        return Cards.JSON.objectNode().put(KIND, FORM).put(ID, formId);
    }

    /** Which rendering of a card the submit came from, if it says (see {@code CardRenderer}). */
    public static String rendering(JsonNode data) {
        return data.path(RENDERING).asText("");
    }

    /** The payload a submit's data stands for; empty when it is not one of ours (or lacks its parts). */
    public static Optional<Inbound.Payload> read(JsonNode data) {
        String id = data.path(ID).asText("");
        if (id.isBlank()) {
            return Optional.empty();
        }
        return switch (data.path(KIND).asText("")) {
            case ACTION -> Optional.of(new Inbound.Action(id, data.path(VALUE).asText("")));
            case SELECT -> chosen(data).map(value -> new Inbound.Action(id, value));
            case FORM -> Optional.of(new Inbound.FormSubmission(id, inputs(data)));
            default -> Optional.empty();
        };
    }

    private static Optional<String> chosen(JsonNode data) {
        String input = data.path(INPUT).asText("");
        JsonNode value = data.path(input);
        return input.startsWith(CHOICE_INPUT) && value.isValueNode() && !value.asText("").isBlank()
                ? Optional.of(value.asText()) : Optional.empty();
    }

    private static Map<String, String> inputs(JsonNode data) {
        Map<String, String> values = new HashMap<>();
        data.properties().forEach(e -> {
            if (e.getKey().startsWith(INPUT_PREFIX) && e.getValue().isValueNode()) {
                values.put(e.getKey().substring(INPUT_PREFIX.length()), e.getValue().asText());
            }
        });
        return values;
    }
}
