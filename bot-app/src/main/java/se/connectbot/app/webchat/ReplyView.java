package se.connectbot.app.webchat;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The web chat's JSON for a core {@code Reply}: each block carries a {@code type} the page's
 * script switches on. Only plain strings and numbers, never the core's or the portal's classes,
 * so the page's contract stays small and stable. All text is plain text for {@code textContent}.
 *
 * @param privateReply whether the core meant it for the asking user only (always so on this page)
 */
record ReplyView(List<BlockView> blocks, boolean privateReply) {

    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
    @JsonSubTypes({
            @JsonSubTypes.Type(value = TextView.class, name = "text"),
            @JsonSubTypes.Type(value = FieldsView.class, name = "fields"),
            @JsonSubTypes.Type(value = TableView.class, name = "table"),
            @JsonSubTypes.Type(value = ChoicesView.class, name = "choices"),
            @JsonSubTypes.Type(value = LinkView.class, name = "link"),
            @JsonSubTypes.Type(value = FormView.class, name = "form"),
            @JsonSubTypes.Type(value = AttachmentView.class, name = "attachment")})
    sealed interface BlockView {
    }

    /** @param tone normal, heading, success, warning or error */
    record TextView(String text, String tone) implements BlockView {
    }

    record FieldsView(List<FieldView> fields) implements BlockView {
    }

    record FieldView(String label, String value) {
    }

    /** @param rowActions empty, or one per row (null where a row has none) */
    record TableView(List<String> headers, List<List<String>> rows, List<@Nullable ChoiceView> rowActions,
                     @Nullable PagingView paging) implements BlockView {
    }

    /** @param page the page shown, counted from 1 */
    record PagingView(int page, int totalPages, long totalItems, @Nullable ChoiceView previous, @Nullable ChoiceView next) {
    }

    /** @param style buttons or select */
    record ChoicesView(@Nullable String prompt, String style, List<ChoiceView> choices) implements BlockView {
    }

    /** @param emphasis default, primary or danger */
    record ChoiceView(String label, String actionId, String value, String emphasis) {
    }

    record LinkView(String label, String url) implements BlockView {
    }

    record FormView(String formId, String title, List<InputView> inputs, String submitLabel) implements BlockView {
    }

    /** @param kind text, multiline or select */
    record InputView(String name, String label, String kind, boolean required, int maxLength,
                     @Nullable String initialValue, List<OptionView> options) {
    }

    record OptionView(String label, String value) {
    }

    /** @param url where this browser session downloads it, for a limited time */
    record AttachmentView(String fileName, String contentType, long size, @Nullable String title, String url)
            implements BlockView {
    }
}
