package se.connectbot.slack.render;

import com.slack.api.model.block.HeaderBlock;
import com.slack.api.model.block.SectionBlock;
import com.slack.api.model.block.composition.TextObject;
import java.util.ArrayList;
import java.util.List;
import se.connectbot.core.reply.Block;

/** Texts, labelled fields and links. Text stays {@code plain_text}; fields are escaped mrkdwn. */
final class TextRenderer {

    private TextRenderer() {
    }

    static void text(Block.Text text, MessageBuilder out) {
        String body = text.text().strip();
        if (body.isEmpty()) {
            return;
        }
        out.preview(body);
        if (text.tone() == Block.Tone.HEADING && body.length() <= Limits.HEADER_TEXT) {
            out.add(HeaderBlock.builder().text(Kit.plain(body)).build(), body.length());
            return;
        }
        if (text.tone() == Block.Tone.HEADING) {
            for (String chunk : Chunks.split(Mrkdwn.escape(body), Limits.SECTION_TEXT - 2, true)) {
                String bold = Mrkdwn.boldEscaped(chunk);
                if (!bold.isEmpty()) {
                    out.add(Kit.section(Kit.mrkdwn(bold), null), bold.length());
                }
            }
            return;
        }
        String marked = marker(text.tone()) + body;
        for (String chunk : Chunks.split(marked, Limits.SECTION_TEXT, false)) {
            out.add(Kit.section(Kit.plain(chunk), null), chunk.length());
        }
    }

    static void fields(Block.Fields fields, MessageBuilder out) {
        List<TextObject> batch = new ArrayList<>();
        int chars = 0;
        for (Block.Field field : fields.fields()) {
            String text = fieldText(field);
            out.preview(field.label() + ": " + field.value());
            if (text.length() > Limits.FIELD_TEXT) {
                chars = flush(batch, chars, out);
                longField(field, out);
                continue;
            }
            batch.add(Kit.mrkdwn(text));
            chars += text.length();
            if (batch.size() == Limits.SECTION_FIELDS) {
                chars = flush(batch, chars, out);
            }
        }
        flush(batch, chars, out);
    }

    static void link(Block.Link link, MessageBuilder out) {
        String label = link.label().isBlank() ? link.url() : link.label();
        out.preview(label);
        if (link.url().length() > Limits.URL) {
            for (String chunk : Chunks.split(label + "\n" + link.url(), Limits.SECTION_TEXT, false)) {
                out.add(Kit.section(Kit.plain(chunk), null), chunk.length());
            }
            return;
        }
        var button = com.slack.api.model.block.element.ButtonElement.builder()
                .text(Kit.plain(Limits.label(SlackText.OPEN.in(out.locale()), Limits.BUTTON_TEXT)))
                .actionId(ActionIds.LINK)
                .url(link.url())
                .style("primary")
                .build();
        List<String> chunks = Chunks.split(label, Limits.SECTION_TEXT, false);
        for (int i = 0; i < chunks.size(); i++) {
            boolean last = i == chunks.size() - 1;
            out.add(Kit.section(Kit.plain(chunks.get(i)), last ? button : null), chunks.get(i).length() + (last ? link.url().length() : 0));
        }
    }

    private static String marker(Block.Tone tone) {
        return switch (tone) {
            case SUCCESS -> "✅ ";
            case WARNING -> "⚠️ ";
            case ERROR -> "❌ ";
            case NORMAL, HEADING -> "";
        };
    }

    private static String fieldText(Block.Field field) {
        String label = Mrkdwn.bold(field.label());
        String value = Mrkdwn.escape(field.value());
        String text = label.isEmpty() ? value : label + "\n" + value;
        return text.isBlank() ? "–" : text;
    }

    /** A field too long for a field: its label (shortened if need be: it must leave room) above the value's pieces. */
    private static void longField(Block.Field field, MessageBuilder out) {
        String label = field.label().isBlank() ? "" : Mrkdwn.bold(Limits.label(field.label(), Limits.LONG_FIELD_LABEL));
        List<String> chunks = Chunks.split(Mrkdwn.escape(field.value()), Limits.SECTION_TEXT - label.length() - 1, true);
        for (int i = 0; i < chunks.size(); i++) {
            String text = (i == 0 && !label.isEmpty() ? label + "\n" : "") + chunks.get(i);
            out.add(Kit.section(Kit.mrkdwn(text), null), text.length());
        }
    }

    private static int flush(List<TextObject> batch, int chars, MessageBuilder out) {
        if (!batch.isEmpty()) {
            out.add(SectionBlock.builder().fields(new ArrayList<>(batch)).build(), chars);
            batch.clear();
        }
        return 0;
    }
}
