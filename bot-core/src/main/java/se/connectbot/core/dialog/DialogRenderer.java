package se.connectbot.core.dialog;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import se.connectbot.core.i18n.Messages;
import se.connectbot.core.reply.Block;
import se.connectbot.core.reply.Reply;

/** Builds the replies of a dialog: a step's question with its options, back and cancel. */
final class DialogRenderer {

    private static final int MAX_BUTTONS = 5;

    private DialogRenderer() {
    }

    static Reply prompt(Messages messages, UUID dialogId, String stepId, Prompt prompt, Controls controls, List<Block> preface) {
        List<Block> blocks = new ArrayList<>(preface);
        blocks.add(Block.text(prompt.text()));
        blocks.addAll(prompt.details());
        if (!prompt.options().isEmpty()) {
            blocks.add(options(dialogId, stepId, prompt.options()));
        }
        if (controls.any()) {
            blocks.add(controls(messages, dialogId, stepId, controls));
        }
        return new Reply(blocks, Reply.Visibility.CONVERSATION);
    }

    private static Block options(UUID dialogId, String stepId, List<Prompt.Option> options) {
        List<Block.Choice> choices = options.stream()
                .map(o -> Block.Choice.of(o.label(), DialogActions.ACTION_ID, DialogActions.value(dialogId, stepId, o.value()))
                        .withEmphasis(o.primary() ? Block.Emphasis.PRIMARY : Block.Emphasis.DEFAULT))
                .toList();
        Block.ChoiceStyle style = choices.size() > MAX_BUTTONS ? Block.ChoiceStyle.SELECT : Block.ChoiceStyle.BUTTONS;
        return new Block.Choices(null, choices, style);
    }

    private static Block controls(Messages messages, UUID dialogId, String stepId, Controls controls) {
        List<Block.Choice> choices = new ArrayList<>();
        if (controls.form()) {
            choices.add(Block.Choice.of(messages.get("dialog.button.form"), DialogActions.ACTION_ID,
                    DialogActions.value(dialogId, stepId, DialogActions.FORM)));
        }
        if (controls.back()) {
            choices.add(Block.Choice.of(messages.get("dialog.button.back"), DialogActions.ACTION_ID,
                    DialogActions.value(dialogId, stepId, DialogActions.BACK)));
        }
        if (controls.cancel()) {
            choices.add(Block.Choice.of(messages.get("dialog.button.cancel"), DialogActions.ACTION_ID,
                    DialogActions.value(dialogId, stepId, DialogActions.CANCEL)).withEmphasis(Block.Emphasis.DANGER));
        }
        return new Block.Choices(null, choices, Block.ChoiceStyle.BUTTONS);
    }

    static Block warning(String text) {
        return new Block.Text(text, Block.Tone.WARNING);
    }

    /** Which control buttons a prompt gets; none while the dialog's write is under way (it can no longer change). */
    record Controls(boolean back, boolean form, boolean cancel) {

        static final Controls NONE = new Controls(false, false, false);

        boolean any() {
            return back || form || cancel;
        }
    }
}
