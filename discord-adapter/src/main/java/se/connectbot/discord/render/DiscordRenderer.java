package se.connectbot.discord.render;

import java.util.ArrayList;
import java.util.List;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.components.selections.StringSelectMenu;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import org.jspecify.annotations.Nullable;
import se.connectbot.core.i18n.Language;
import se.connectbot.core.i18n.Messages;
import se.connectbot.core.reply.Block;
import se.connectbot.core.reply.Reply;

/**
 * A {@link Reply} as Discord messages: text, fields and tables as embeds, choices as buttons or
 * select menus, links as link buttons, a form as a button that opens it as a modal, files as
 * uploads or signed links. What does not fit one message goes on in the next one; nothing is cut.
 * Every user or portal text is escaped ({@link DiscordText}). Stateless; thread-safe.
 */
public final class DiscordRenderer {

    /**
     * @param uploadLimit the most bytes of files one message may carry
     */
    public List<MessageCreateData> render(Reply reply, Language language, CustomIds ids, Attachments attachments, long uploadLimit) {
        Render render = new Render(Messages.of(language), ids, attachments, new MessagePacker(uploadLimit));
        for (Block block : reply.blocks()) {
            render.block(block);
        }
        return render.finish();
    }

    /** One rendering, block by block. */
    private static final class Render {

        private final Messages messages;
        private final CustomIds ids;
        private final Attachments attachments;
        private final MessagePacker packer;
        private final EmbedWriter embeds;
        private final List<Button> buttons = new ArrayList<>();
        private int elements;

        Render(Messages messages, CustomIds ids, Attachments attachments, MessagePacker packer) {
            this.messages = messages;
            this.ids = ids;
            this.attachments = attachments;
            this.packer = packer;
            this.embeds = new EmbedWriter(packer);
        }

        void block(Block block) {
            switch (block) {
                case Block.Text text -> text(text);
                case Block.Fields fields -> fields.fields().forEach(f -> field(f.label(), f.value()));
                case Block.Table table -> table(table);
                case Block.Choices choices -> choices(choices);
                case Block.Link link -> link(link.label(), link.url());
                case Block.Form form -> button(Button.primary(ids.form(form), Limits.label(
                        messages.get("adapter.form.open") + ": " + DiscordText.plain(form.title()), Limits.BUTTON_LABEL)));
                case Block.Attachment attachment -> attachment(attachment);
            }
        }

        List<MessageCreateData> finish() {
            embeds.close();
            buttonRows();
            return packer.messages();
        }

        private void text(Block.Text text) {
            if (text.tone() == Block.Tone.HEADING) {
                embeds.heading(DiscordText.plain(text.text()), DiscordText.escape(text.text()));
            } else {
                embeds.paragraph(DiscordText.escape(text.text()), text.tone());
            }
        }

        private void field(String label, String value) {
            String name = DiscordText.plain(label);
            if (name.length() > Limits.FIELD_NAME) {
                embeds.field("\u200B", DiscordText.escape(label) + "\n" + DiscordText.escape(value));
            } else {
                embeds.field(name.isBlank() ? "\u200B" : name, DiscordText.escape(value));
            }
        }

        private void table(Block.Table table) {
            StringBuilder lines = new StringBuilder();
            if (!table.headers().isEmpty()) {
                lines.append("**").append(joined(table.headers())).append("**");
            }
            for (List<String> row : table.rows()) {
                if (!lines.isEmpty()) {
                    lines.append('\n');
                }
                lines.append("• ").append(joined(row));
            }
            if (!lines.isEmpty()) {
                embeds.paragraph(lines.toString(), Block.Tone.NORMAL);
            }
            for (Block.@Nullable Choice action : table.rowActions()) {
                if (action != null) {
                    choiceButton(action);
                }
            }
            Block.Paging paging = table.paging();
            if (paging != null) {
                embeds.paragraph(DiscordText.escape(messages.counting("adapter.page", paging.page(), paging.totalPages(), paging.totalItems())),
                        Block.Tone.NORMAL);
                if (paging.previous() != null) {
                    choiceButton(paging.previous());
                }
                if (paging.next() != null) {
                    choiceButton(paging.next());
                }
            }
        }

        private static String joined(List<String> cells) {
            return String.join(" · ", cells.stream().map(DiscordText::escape).toList());
        }

        private void choices(Block.Choices choices) {
            if (choices.prompt() != null && !choices.prompt().isBlank()) {
                embeds.paragraph(DiscordText.escape(choices.prompt()), Block.Tone.NORMAL);
            }
            if (choices.style() == Block.ChoiceStyle.BUTTONS) {
                choices.choices().forEach(this::choiceButton);
                return;
            }
            buttonRows();
            List<Block.Choice> all = choices.choices();
            for (int from = 0; from < all.size(); from += Limits.SELECT_OPTIONS) {
                List<Block.Choice> part = all.subList(from, Math.min(all.size(), from + Limits.SELECT_OPTIONS));
                String placeholder = all.size() <= Limits.SELECT_OPTIONS ? messages.get("adapter.choose")
                        : messages.counting("adapter.choose.range", from + 1, from + part.size());
                StringSelectMenu.Builder menu = StringSelectMenu.create(ids.action(elements++, "select", String.valueOf(from)))
                        .setPlaceholder(Limits.label(placeholder, Limits.PLACEHOLDER));
                int option = 0;
                for (Block.Choice choice : part) {
                    menu.addOption(Limits.label(DiscordText.plain(choice.label()), Limits.OPTION_LABEL),
                            ids.action(option++, choice.actionId(), choice.value()));
                }
                packer.row(ActionRow.of(menu.build()));
            }
        }

        private void choiceButton(Block.Choice choice) {
            String id = ids.action(elements++, choice.actionId(), choice.value());
            String label = Limits.label(DiscordText.plain(choice.label()), Limits.BUTTON_LABEL);
            button(switch (choice.emphasis()) {
                case DEFAULT -> Button.secondary(id, label);
                case PRIMARY -> Button.primary(id, label);
                case DANGER -> Button.danger(id, label);
            });
        }

        private void link(String label, String url) {
            if (url.startsWith("https://") || url.startsWith("http://")) {
                button(Button.link(url, Limits.label(DiscordText.plain(label), Limits.BUTTON_LABEL)));
            } else {
                embeds.paragraph(DiscordText.escape(label + ": " + url), Block.Tone.NORMAL);
            }
        }

        private void attachment(Block.Attachment attachment) {
            switch (attachments.resolve(attachment)) {
                case Attachments.Upload upload -> packer.file(upload.upload(), upload.size());
                case Attachments.Note note -> embeds.paragraph(DiscordText.escape(note.note()), Block.Tone.WARNING);
                case Attachments.Link link -> {
                    embeds.paragraph(DiscordText.escape(link.note()), Block.Tone.NORMAL);
                    link(link.label(), link.url());
                }
            }
        }

        private void button(Button button) {
            buttons.add(button);
            if (buttons.size() == Limits.BUTTONS_PER_ROW) {
                buttonRows();
            }
        }

        /** Buttons so far as rows of five, in the message being filled. */
        private void buttonRows() {
            if (!buttons.isEmpty()) {
                embeds.close();
            }
            for (int from = 0; from < buttons.size(); from += Limits.BUTTONS_PER_ROW) {
                packer.row(ActionRow.of(buttons.subList(from, Math.min(buttons.size(), from + Limits.BUTTONS_PER_ROW))));
            }
            buttons.clear();
        }
    }
}
