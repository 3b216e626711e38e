package se.connectbot.discord.inbound;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import net.dv8tion.jda.api.components.label.Label;
import net.dv8tion.jda.api.components.selections.StringSelectMenu;
import net.dv8tion.jda.api.components.textinput.TextInput;
import net.dv8tion.jda.api.components.textinput.TextInputStyle;
import net.dv8tion.jda.api.modals.Modal;
import se.connectbot.core.reply.Block;
import se.connectbot.discord.deliver.Stash;
import se.connectbot.discord.render.DiscordText;

/** A core form as a Discord modal: a labelled text input or select per input (Discord takes five). */
final class Modals {

    static final int MAX_INPUTS = 5;
    private static final int TITLE = 45;
    private static final int LABEL = 45;
    private static final int TEXT = 4_000;
    private static final int OPTIONS = 25;

    private Modals() {
    }

    static boolean fits(Block.Form form) {
        return form.inputs().size() <= MAX_INPUTS;
    }

    static Modal of(UUID parkedId, Block.Form form) {
        if (form.inputs().size() > MAX_INPUTS) {
            throw new IllegalStateException("form " + form.formId() + " has " + form.inputs().size() + " inputs; a modal takes " + MAX_INPUTS);
        }
        List<Label> labels = new ArrayList<>();
        for (Block.Input input : form.inputs()) {
            labels.add(Label.of(shortened(DiscordText.plain(input.label()), LABEL), child(input)));
        }
        return Modal.create(Stash.modalId(parkedId), shortened(DiscordText.plain(form.title()), TITLE)).addComponents(labels).build();
    }

    private static net.dv8tion.jda.api.components.label.LabelChildComponent child(Block.Input input) {
        if (input.kind() == Block.InputKind.SELECT) {
            StringSelectMenu.Builder menu = StringSelectMenu.create(input.name()).setRequiredRange(input.required() ? 1 : 0, 1);
            for (Block.Option option : input.options().subList(0, Math.min(OPTIONS, input.options().size()))) {
                menu.addOption(shortened(DiscordText.plain(option.label()), 100), option.value());
            }
            return menu.build();
        }
        int max = Math.max(1, Math.min(TEXT, input.maxLength() <= 0 ? TEXT : input.maxLength()));
        TextInput.Builder text = TextInput.create(input.name(), input.kind() == Block.InputKind.MULTILINE ? TextInputStyle.PARAGRAPH : TextInputStyle.SHORT)
                .setRequired(input.required()).setMaxLength(max);
        String initial = input.initialValue();
        if (initial != null && !initial.isEmpty() && initial.length() <= max) {
            text.setValue(initial);
        }
        return text.build();
    }

    private static String shortened(String text, int max) {
        String stripped = text.isBlank() ? "…" : text.strip();
        return stripped.length() <= max ? stripped : stripped.substring(0, max - 1) + "…";
    }
}
