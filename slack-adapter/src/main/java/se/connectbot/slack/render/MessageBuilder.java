package se.connectbot.slack.render;

import com.slack.api.model.block.ContextBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.composition.PlainTextObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import se.connectbot.core.reply.Block;

/**
 * Collects the blocks of one reply and packs them into messages within Slack's limits (50 blocks,
 * our text budget), marking each further message as a continuation. Not thread-safe; one per reply.
 */
final class MessageBuilder {

    private record Piece(LayoutBlock block, int chars) {
    }

    private final @Nullable Locale locale;
    private final List<Piece> pieces = new ArrayList<>();
    private final List<SlackFile> files = new ArrayList<>();
    private final List<FormView> forms = new ArrayList<>();
    private @Nullable String preview;

    MessageBuilder(@Nullable Locale locale) {
        this.locale = locale;
    }

    @Nullable Locale locale() {
        return locale;
    }

    void add(LayoutBlock block, int chars) {
        pieces.add(new Piece(block, chars));
    }

    /** The first words of the reply, shown in notifications. */
    void preview(String text) {
        if (preview == null && !text.isBlank()) {
            preview = text.strip();
        }
    }

    void file(Block.Attachment file) {
        file(new SlackFile.Stored(file));
    }

    void file(SlackFile file) {
        files.add(file);
        String title = file.title();
        preview(title != null ? title : file.fileName());
    }

    void form(FormView form) {
        forms.add(form);
        preview(form.title());
    }

    RenderedReply build() {
        List<List<Piece>> groups = group();
        List<SlackMessage> messages = new ArrayList<>();
        for (int i = 0; i < groups.size(); i++) {
            List<LayoutBlock> blocks = new ArrayList<>();
            if (i > 0) {
                blocks.add(context(SlackText.CONTINUED.in(locale, i + 1, groups.size())));
            }
            groups.get(i).forEach(p -> blocks.add(p.block()));
            messages.add(new SlackMessage(blocks, fallback()));
        }
        return new RenderedReply(messages, files, forms);
    }

    private List<List<Piece>> group() {
        List<List<Piece>> groups = new ArrayList<>();
        List<Piece> current = new ArrayList<>();
        int chars = 0;
        for (Piece piece : pieces) {
            boolean full = current.size() >= Limits.MESSAGE_BLOCKS - 1 || chars + piece.chars() > Limits.MESSAGE_CHARS;
            if (full && !current.isEmpty()) {
                groups.add(current);
                current = new ArrayList<>();
                chars = 0;
            }
            current.add(piece);
            chars += piece.chars();
        }
        if (!current.isEmpty()) {
            groups.add(current);
        }
        return groups;
    }

    private String fallback() {
        String escaped = Mrkdwn.escape((preview == null ? "Connect" : preview).replace('\n', ' ').strip());
        if (escaped.length() <= Limits.FALLBACK_TEXT) {
            return escaped;
        }
        // escaped first, cut after: the escaping can no longer push it over, nor the cut halve an entity
        return Chunks.split(escaped, Limits.FALLBACK_TEXT - 1, true).get(0).strip() + "…";
    }

    static ContextBlock context(String plain) {
        return ContextBlock.builder()
                .elements(List.of(PlainTextObject.builder().text(Limits.label(plain, Limits.CONTEXT_TEXT)).emoji(false).build()))
                .build();
    }
}
