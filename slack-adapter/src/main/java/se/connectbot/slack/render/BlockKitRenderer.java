package se.connectbot.slack.render;

import java.util.Locale;
import org.jspecify.annotations.Nullable;
import se.connectbot.core.reply.Block;
import se.connectbot.core.reply.Reply;

/**
 * Renders the core's replies as Block Kit. Every block of the sealed set has its rendering (the
 * compiler checks it). Stateless and thread-safe.
 */
public final class BlockKitRenderer {

    public RenderedReply render(Reply reply, @Nullable Locale locale) {
        MessageBuilder out = new MessageBuilder(locale);
        for (Block block : reply.blocks()) {
            render(block, out);
        }
        return out.build();
    }

    /** One form as a modal (a parked form, opened later in the language of who opened it). */
    public FormView modal(Block.Form form, @Nullable Locale locale) {
        return ModalRenderer.modal(form, locale);
    }

    /** The message that stands in for a form that could not open as a modal at once. */
    public SlackMessage formButton(FormView form, String parkedFormId, @Nullable Locale locale) {
        MessageBuilder out = new MessageBuilder(locale);
        TextRenderer.text(Block.text(form.title()), out);
        out.add(com.slack.api.model.block.ActionsBlock.builder()
                .elements(java.util.List.of(Kit.button(SlackText.OPEN_FORM.in(locale), ActionIds.OPEN_FORM, parkedFormId,
                        Block.Emphasis.PRIMARY)))
                .build(), 40);
        return out.build().messages().get(0);
    }

    // Exhaustive over the sealed set, no default: a new block does not compile until it is rendered here.
    private static void render(Block block, MessageBuilder out) {
        switch (block) {
            case Block.Text text -> TextRenderer.text(text, out);
            case Block.Fields fields -> TextRenderer.fields(fields, out);
            case Block.Table table -> TableRenderer.table(table, out);
            case Block.Choices choices -> ChoicesRenderer.choices(choices, out);
            case Block.Link link -> TextRenderer.link(link, out);
            case Block.Form form -> out.form(ModalRenderer.modal(form, out.locale()));
            case Block.Attachment file -> out.file(file);
        }
    }
}
