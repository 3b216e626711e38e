package se.connectbot.core.reply;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One block of a {@link Reply}. The set is sealed so that each adapter's exhaustive
 * {@code switch} makes the compiler point at every renderer when a block is added.
 */
public sealed interface Block {

    static Text text(String text) {
        return new Text(text, Tone.NORMAL);
    }

    static Text heading(String text) {
        return new Text(text, Tone.HEADING);
    }

    /** How a text should stand out. */
    enum Tone { NORMAL, HEADING, SUCCESS, WARNING, ERROR }

    /** A paragraph of plain text. */
    record Text(String text, Tone tone) implements Block {
        public Text {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(tone, "tone");
        }
    }

    /** Labelled values, such as a service's details. */
    record Fields(List<Field> fields) implements Block {
        public Fields {
            fields = List.copyOf(fields);
        }
    }

    record Field(String label, String value) {
    }

    /**
     * A list or table; {@code paging} offers the previous and next pages as actions, and
     * {@code rowActions} (optional, one per row or empty) a button on each row.
     */
    record Table(List<String> headers, List<List<String>> rows, List<@Nullable Choice> rowActions, @Nullable Paging paging)
            implements Block {
        public Table {
            headers = List.copyOf(headers);
            rows = rows.stream().map(List::copyOf).toList();
            rowActions = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(rowActions));
            if (!rowActions.isEmpty() && rowActions.size() != rows.size()) {
                throw new IllegalArgumentException("rowActions must be empty or one per row: " + rowActions.size() + " for " + rows.size() + " rows");
            }
        }
    }

    /** Where a paged list stands, with the actions that turn its pages. */
    record Paging(int page, int totalPages, long totalItems, @Nullable Choice previous, @Nullable Choice next) {
    }

    /** A set of choices, as buttons or a select menu; clicking one sends an {@code Inbound.Action}. */
    record Choices(@Nullable String prompt, List<Choice> choices, ChoiceStyle style) implements Block {
        public Choices {
            choices = List.copyOf(choices);
        }
    }

    enum ChoiceStyle { BUTTONS, SELECT }

    /** One choice: its label, and the action id and value sent back when picked. */
    record Choice(String label, String actionId, String value, Emphasis emphasis) {
        public static Choice of(String label, String actionId, String value) {
            return new Choice(label, actionId, value, Emphasis.DEFAULT);
        }

        public Choice withEmphasis(Emphasis newEmphasis) {
            return new Choice(label, actionId, value, newEmphasis);
        }
    }

    enum Emphasis { DEFAULT, PRIMARY, DANGER }

    /** A link the user opens in a browser, such as the private sign-in link. */
    record Link(String label, String url) implements Block {
    }

    /** A form of named inputs; submitting it sends an {@code Inbound.FormSubmission}. */
    record Form(String formId, String title, List<Input> inputs, String submitLabel) implements Block {
        public Form {
            inputs = List.copyOf(inputs);
        }
    }

    /** One input of a form; {@code options} only for {@link InputKind#SELECT}. */
    record Input(String name, String label, InputKind kind, boolean required, int maxLength,
                 @Nullable String initialValue, List<Option> options) {
        public Input {
            options = List.copyOf(options);
        }
    }

    enum InputKind { TEXT, MULTILINE, SELECT }

    record Option(String label, String value) {
    }

    /**
     * A file delivered as an attachment: an invoice PDF, an Excel report. Carries a reference to
     * content kept in the core's file store (the one who makes it stores the content first), never
     * the bytes, so that a reply stays small wherever it is kept or sent.
     *
     * @param size the content's length in bytes
     */
    record Attachment(String fileName, String contentType, long size, FileRef file, @Nullable String title) implements Block {
        public Attachment {
            Objects.requireNonNull(fileName, "fileName");
            Objects.requireNonNull(contentType, "contentType");
            Objects.requireNonNull(file, "file");
            if (size < 0) {
                throw new IllegalArgumentException("size must not be negative but was " + size);
            }
        }
    }
}
