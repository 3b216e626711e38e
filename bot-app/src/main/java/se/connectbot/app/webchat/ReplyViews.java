package se.connectbot.app.webchat;

import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import se.connectbot.app.webchat.ReplyView.AttachmentView;
import se.connectbot.app.webchat.ReplyView.BlockView;
import se.connectbot.app.webchat.ReplyView.ChoiceView;
import se.connectbot.app.webchat.ReplyView.ChoicesView;
import se.connectbot.app.webchat.ReplyView.FieldView;
import se.connectbot.app.webchat.ReplyView.FieldsView;
import se.connectbot.app.webchat.ReplyView.FormView;
import se.connectbot.app.webchat.ReplyView.InputView;
import se.connectbot.app.webchat.ReplyView.LinkView;
import se.connectbot.app.webchat.ReplyView.OptionView;
import se.connectbot.app.webchat.ReplyView.PagingView;
import se.connectbot.app.webchat.ReplyView.TableView;
import se.connectbot.app.webchat.ReplyView.TextView;
import se.connectbot.core.reply.Block;
import se.connectbot.core.reply.Reply;

/**
 * Renders a core {@link Reply} as the web chat's JSON. A file becomes a download link to
 * {@link ChatFilesController}, which reads it from the core's file store; sign-in links are
 * remembered in the {@link ChatSession} so that their callback returns to this chat. Thread-safe.
 */
final class ReplyViews {

    static final String FILES_PATH = "/api/chat/files/";

    ReplyView render(Reply reply, ChatSession chat) {
        List<BlockView> blocks = reply.blocks().stream().map(block -> render(block, chat)).toList();
        return new ReplyView(blocks, reply.visibility() == Reply.Visibility.PRIVATE);
    }

    // Exhaustive over the sealed set, no default: a new block does not compile until the web chat renders it.
    BlockView render(Block block, ChatSession chat) {
        return switch (block) {
            case Block.Text text -> new TextView(text.text(), lower(text.tone()));
            case Block.Fields fields -> fields(fields);
            case Block.Table table -> table(table);
            case Block.Choices choices -> choices(choices);
            case Block.Link link -> link(link, chat);
            case Block.Form form -> form(form);
            case Block.Attachment attachment -> attachment(attachment);
        };
    }

    private static FieldsView fields(Block.Fields fields) {
        return new FieldsView(fields.fields().stream().map(f -> new FieldView(f.label(), f.value())).toList());
    }

    private static ChoicesView choices(Block.Choices choices) {
        return new ChoicesView(choices.prompt(), lower(choices.style()), choices.choices().stream().map(ReplyViews::choice).toList());
    }

    private static FormView form(Block.Form form) {
        return new FormView(form.formId(), form.title(), form.inputs().stream().map(ReplyViews::input).toList(), form.submitLabel());
    }

    private static AttachmentView attachment(Block.Attachment attachment) {
        return new AttachmentView(attachment.fileName(), attachment.contentType(), attachment.size(),
                attachment.title(), FILES_PATH + attachment.file());
    }

    private static TableView table(Block.Table table) {
        List<@Nullable ChoiceView> rowActions = table.rowActions().stream().map(ReplyViews::choiceOrNull).toList();
        Block.Paging paging = table.paging();
        PagingView pagingView = paging == null ? null : new PagingView(paging.page(), paging.totalPages(),
                paging.totalItems(), choiceOrNull(paging.previous()), choiceOrNull(paging.next()));
        return new TableView(table.headers(), table.rows(), rowActions, pagingView);
    }

    private static LinkView link(Block.Link link, ChatSession chat) {
        chat.expectSignInFrom(link.url());
        return new LinkView(link.label(), link.url());
    }

    private static @Nullable ChoiceView choiceOrNull(Block.@Nullable Choice choice) {
        return choice == null ? null : choice(choice);
    }

    private static ChoiceView choice(Block.Choice choice) {
        return new ChoiceView(choice.label(), choice.actionId(), choice.value(), lower(choice.emphasis()));
    }

    private static InputView input(Block.Input input) {
        return new InputView(input.name(), input.label(), lower(input.kind()), input.required(), input.maxLength(),
                input.initialValue(), input.options().stream().map(o -> new OptionView(o.label(), o.value())).toList());
    }

    private static String lower(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }
}
