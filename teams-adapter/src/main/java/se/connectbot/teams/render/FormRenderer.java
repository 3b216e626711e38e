package se.connectbot.teams.render;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import se.connectbot.core.reply.Block;

/** A {@link Block.Form} as card inputs and one submit carrying the form id ({@link ActionData#form}). */
final class FormRenderer {

    private FormRenderer() {
    }

    static List<ObjectNode> render(Block.Form form) {
        List<ObjectNode> elements = new ArrayList<>();
        elements.add(Cards.text(form.title(), true, "Default", "Medium"));
        for (Block.Input input : form.inputs()) {
            elements.add(input(input));
        }
        ArrayNode actions = Cards.JSON.arrayNode();
        actions.add(Cards.submit(form.submitLabel(), ActionData.form(form.formId()), "positive"));
        elements.add(Cards.actionSet(actions));
        return elements;
    }

    private static ObjectNode input(Block.Input input) {
        ObjectNode node = Cards.JSON.objectNode();
        node.put("id", ActionData.INPUT_PREFIX + input.name());
        node.put("label", input.label());
        node.put("isRequired", input.required());
        switch (input.kind()) {
            case TEXT, MULTILINE -> {
                node.put("type", "Input.Text");
                node.put("isMultiline", input.kind() == Block.InputKind.MULTILINE);
                if (input.maxLength() > 0) {
                    node.put("maxLength", input.maxLength());
                }
            }
            case SELECT -> {
                node.put("type", "Input.ChoiceSet");
                node.put("style", "compact");
                ArrayNode choices = node.putArray("choices");
                input.options().forEach(o -> choices.addObject().put("title", o.label()).put("value", o.value()));
            }
        }
        if (input.initialValue() != null) {
            node.put("value", input.initialValue());
        }
        if (input.required()) {
            node.put("errorMessage", input.label());
        }
        return node;
    }
}
