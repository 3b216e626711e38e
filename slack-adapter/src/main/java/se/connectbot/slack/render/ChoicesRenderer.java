package se.connectbot.slack.render;

import com.slack.api.model.block.ActionsBlock;
import com.slack.api.model.block.composition.OptionObject;
import com.slack.api.model.block.element.BlockElement;
import com.slack.api.model.block.element.StaticSelectElement;
import java.util.ArrayList;
import java.util.List;
import se.connectbot.core.reply.Block;

/**
 * Choices as buttons (25 to an actions block, as many blocks as needed) or select menus (100
 * options to a menu, as many menus as needed). A select falls back to buttons when a choice's
 * action and value do not fit an option's 150-character value.
 */
final class ChoicesRenderer {

    private ChoicesRenderer() {
    }

    static void choices(Block.Choices choices, MessageBuilder out) {
        if (choices.prompt() != null && !choices.prompt().isBlank()) {
            TextRenderer.text(Block.text(choices.prompt()), out);
        }
        if (choices.choices().isEmpty()) {
            return;
        }
        if (choices.style() == Block.ChoiceStyle.SELECT && selectable(choices.choices())) {
            selects(choices.choices(), out);
        } else {
            buttons(choices.choices(), out);
        }
    }

    private static void buttons(List<Block.Choice> choices, MessageBuilder out) {
        List<BlockElement> elements = new ArrayList<>();
        for (int i = 0; i < choices.size(); i++) {
            Block.Choice c = choices.get(i);
            out.preview(c.label());
            elements.add(Kit.button(c.label(), ActionIds.element(c.actionId(), i), c.value(), c.emphasis()));
        }
        addInActionBlocks(elements, out);
    }

    private static void selects(List<Block.Choice> choices, MessageBuilder out) {
        List<BlockElement> menus = new ArrayList<>();
        boolean several = choices.size() > Limits.SELECT_OPTIONS;
        for (int from = 0; from < choices.size(); from += Limits.SELECT_OPTIONS) {
            int to = Math.min(from + Limits.SELECT_OPTIONS, choices.size());
            String placeholder = several ? SlackText.CHOOSE_RANGE.in(out.locale(), from + 1, to) : SlackText.CHOOSE.in(out.locale());
            menus.add(StaticSelectElement.builder()
                    .actionId(ActionIds.select(menus.size()))
                    .placeholder(Kit.plain(Limits.label(placeholder, Limits.PLACEHOLDER_TEXT)))
                    .options(options(choices.subList(from, to)))
                    .build());
        }
        addInActionBlocks(menus, out);
    }

    private static List<OptionObject> options(List<Block.Choice> choices) {
        return choices.stream()
                .map(c -> OptionObject.builder()
                        .text(Kit.plain(Limits.label(c.label(), Limits.OPTION_TEXT)))
                        .value(ActionIds.packOption(c.actionId(), c.value()))
                        .build())
                .toList();
    }

    private static boolean selectable(List<Block.Choice> choices) {
        return choices.stream().allMatch(c -> ActionIds.packable(c.actionId())
                && ActionIds.packOption(c.actionId(), c.value()).length() <= Limits.OPTION_VALUE);
    }

    private static void addInActionBlocks(List<BlockElement> elements, MessageBuilder out) {
        for (int from = 0; from < elements.size(); from += Limits.ACTIONS_ELEMENTS) {
            List<BlockElement> part = elements.subList(from, Math.min(from + Limits.ACTIONS_ELEMENTS, elements.size()));
            out.add(ActionsBlock.builder().elements(new ArrayList<>(part)).build(), 80 * part.size());
        }
    }
}
