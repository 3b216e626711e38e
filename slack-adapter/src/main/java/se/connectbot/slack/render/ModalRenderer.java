package se.connectbot.slack.render;

import com.slack.api.model.block.InputBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.composition.OptionGroupObject;
import com.slack.api.model.block.composition.OptionObject;
import com.slack.api.model.block.element.BlockElement;
import com.slack.api.model.block.element.PlainTextInputElement;
import com.slack.api.model.block.element.StaticSelectElement;
import com.slack.api.model.view.View;
import com.slack.api.model.view.ViewClose;
import com.slack.api.model.view.ViewSubmit;
import com.slack.api.model.view.ViewTitle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import se.connectbot.core.reply.Block;

/**
 * A form as a Slack modal: one input block per input (its {@code block_id} is the input's name,
 * its element's {@code action_id} is {@value #VALUE}). A title longer than a modal's 24
 * characters is shortened there and shown in full above the inputs.
 */
final class ModalRenderer {

    /** The action id of every input's element; the block id names the input. */
    static final String VALUE = "value";

    private ModalRenderer() {
    }

    static FormView modal(Block.Form form, @Nullable Locale locale) {
        List<LayoutBlock> blocks = new ArrayList<>();
        String title = form.title().isBlank() ? form.formId() : form.title().strip();
        if (title.length() > Limits.MODAL_TITLE) {
            blocks.add(Kit.section(Kit.plain(Limits.label(title, Limits.SECTION_TEXT)), null));
        }
        for (Block.Input input : form.inputs()) {
            blocks.add(input(input, locale));
        }
        if (blocks.size() > Limits.MODAL_BLOCKS) {
            throw new IllegalArgumentException("a modal takes at most " + Limits.MODAL_BLOCKS
                    + " blocks but form " + form.formId() + " has " + form.inputs().size() + " inputs");
        }
        View view = View.builder()
                .type("modal")
                .callbackId(ActionIds.FORM_CALLBACK)
                .title(ViewTitle.builder().type("plain_text").text(Limits.label(title, Limits.MODAL_TITLE)).build())
                .submit(ViewSubmit.builder().type("plain_text").text(Limits.label(form.submitLabel(), Limits.MODAL_BUTTON)).build())
                .close(ViewClose.builder().type("plain_text").text(SlackText.CANCEL.in(locale)).build())
                .blocks(blocks)
                .build();
        return new FormView(form, title, view);
    }

    private static InputBlock input(Block.Input input, @Nullable Locale locale) {
        if (input.name().length() > Limits.BLOCK_ID) {
            throw new IllegalArgumentException("an input's name takes at most " + Limits.BLOCK_ID + " characters: " + input.name());
        }
        return InputBlock.builder()
                .blockId(input.name())
                .label(Kit.plain(Limits.label(input.label().isBlank() ? input.name() : input.label(), Limits.INPUT_LABEL)))
                .optional(!input.required())
                .element(element(input, locale))
                .build();
    }

    private static BlockElement element(Block.Input input, @Nullable Locale locale) {
        if (input.kind() == Block.InputKind.SELECT) {
            return select(input, locale);
        }
        int max = input.maxLength() <= 0 ? Limits.INPUT_MAX_LENGTH : Math.min(input.maxLength(), Limits.INPUT_MAX_LENGTH);
        String initial = input.initialValue();
        return PlainTextInputElement.builder()
                .actionId(VALUE)
                .multiline(input.kind() == Block.InputKind.MULTILINE)
                .maxLength(max)
                .initialValue(initial == null || initial.isEmpty() || initial.length() > max ? null : initial)
                .build();
    }

    private static StaticSelectElement select(Block.Input input, @Nullable Locale locale) {
        List<OptionObject> options = input.options().stream()
                .map(o -> {
                    if (o.value().length() > Limits.OPTION_VALUE) {
                        throw new IllegalArgumentException("an option's value takes at most " + Limits.OPTION_VALUE
                                + " characters but input " + input.name() + " has one of " + o.value().length());
                    }
                    return OptionObject.builder().text(Kit.plain(Limits.label(o.label(), Limits.OPTION_TEXT))).value(o.value()).build();
                })
                .toList();
        StaticSelectElement.StaticSelectElementBuilder select = StaticSelectElement.builder()
                .actionId(VALUE)
                .placeholder(Kit.plain(SlackText.CHOOSE.in(locale)));
        options.stream().filter(o -> o.getValue().equals(input.initialValue())).findFirst().ifPresent(select::initialOption);
        if (options.size() <= Limits.SELECT_OPTIONS) {
            return select.options(options).build();
        }
        return select.optionGroups(groups(options, locale)).build();
    }

    /** More than 100 options: groups of 100 (Slack allows 100 groups), labelled by their range. */
    private static List<OptionGroupObject> groups(List<OptionObject> options, @Nullable Locale locale) {
        if (options.size() > Limits.SELECT_OPTIONS * Limits.OPTION_GROUPS) {
            throw new IllegalArgumentException("a select takes at most " + Limits.SELECT_OPTIONS * Limits.OPTION_GROUPS
                    + " options, not " + options.size());
        }
        List<OptionGroupObject> groups = new ArrayList<>();
        for (int from = 0; from < options.size(); from += Limits.SELECT_OPTIONS) {
            int to = Math.min(from + Limits.SELECT_OPTIONS, options.size());
            groups.add(OptionGroupObject.builder()
                    .label(Kit.plain(SlackText.CHOOSE_RANGE.in(locale, from + 1, to)))
                    .options(new ArrayList<>(options.subList(from, to)))
                    .build());
        }
        return groups;
    }
}
