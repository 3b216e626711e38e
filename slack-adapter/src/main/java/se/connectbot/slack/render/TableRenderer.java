package se.connectbot.slack.render;

import com.slack.api.model.block.ActionsBlock;
import com.slack.api.model.block.element.BlockElement;
import com.slack.api.model.block.element.ButtonElement;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import se.connectbot.core.reply.Block;

/**
 * A table as Slack has none: one line per row ({@code *first* · second · …}), packed into sections,
 * or a section per row where rows carry a button; the page position and page buttons below.
 * A table too long for a few messages goes out whole as a CSV file instead.
 */
final class TableRenderer {

    private static final String SEPARATOR = " · ";
    private static final java.util.regex.Pattern FORMULA = java.util.regex.Pattern.compile("[=@\\t\\r]|[+-](?![0-9 .,+-]*$)");

    private TableRenderer() {
    }

    static void table(Block.Table table, MessageBuilder out) {
        if (!table.headers().isEmpty()) {
            out.preview(String.join(SEPARATOR, table.headers()));
            String header = String.join(SEPARATOR, table.headers());
            for (String chunk : Chunks.split(header, Limits.CONTEXT_TEXT, false)) {
                out.add(MessageBuilder.context(chunk), chunk.length());
            }
        }
        if (table.rows().size() > Limits.TABLE_ROWS_INLINE) {
            asFile(table, out);
        } else if (table.rowActions().stream().anyMatch(a -> a != null)) {
            rowsWithButtons(table, out);
        } else {
            packedRows(table.rows(), out);
        }
        paging(table.paging(), out);
    }

    private static void packedRows(List<List<String>> rows, MessageBuilder out) {
        StringBuilder section = new StringBuilder();
        for (List<String> row : rows) {
            String line = line(row);
            if (line.length() > Limits.SECTION_TEXT) {
                flush(section, out);
                longLine(row, out, null);
                continue;
            }
            if (section.length() + line.length() + 1 > Limits.SECTION_TEXT) {
                flush(section, out);
            }
            section.append(section.length() == 0 ? "" : "\n").append(line);
        }
        flush(section, out);
    }

    private static void rowsWithButtons(Block.Table table, MessageBuilder out) {
        for (int i = 0; i < table.rows().size(); i++) {
            Block.Choice action = table.rowActions().get(i);
            ButtonElement button = action == null ? null
                    : Kit.button(action.label(), ActionIds.element(action.actionId(), 0), action.value(), action.emphasis());
            String line = line(table.rows().get(i));
            if (line.length() > Limits.SECTION_TEXT) {
                longLine(table.rows().get(i), out, button);
            } else {
                out.add(Kit.section(Kit.mrkdwn(line.isEmpty() ? "–" : line), button), line.length());
            }
        }
    }

    private static void longLine(List<String> row, MessageBuilder out, @Nullable ButtonElement button) {
        List<String> chunks = Chunks.split(Mrkdwn.escape(String.join(SEPARATOR, clean(row))), Limits.SECTION_TEXT, true);
        for (int i = 0; i < chunks.size(); i++) {
            String text = chunks.get(i);
            out.add(Kit.section(Kit.mrkdwn(text), i == 0 ? button : null), text.length());
        }
    }

    private static void asFile(Block.Table table, MessageBuilder out) {
        String fileName = SlackText.LIST_FILE_NAME.in(out.locale());
        String note = SlackText.LIST_AS_FILE.in(out.locale(), table.rows().size(), fileName);
        out.add(Kit.section(Kit.plain(note), null), note.length());
        out.file(new SlackFile.Inline(fileName, "text/csv", csv(table), null));
    }

    private static void paging(Block.@Nullable Paging paging, MessageBuilder out) {
        if (paging == null) {
            return;
        }
        String where = SlackText.PAGE.in(out.locale(), paging.page(), paging.totalPages(), paging.totalItems());
        out.add(MessageBuilder.context(where), where.length());
        List<BlockElement> buttons = new ArrayList<>();
        if (paging.previous() != null) {
            Block.Choice p = paging.previous();
            buttons.add(Kit.button(p.label(), ActionIds.element(p.actionId(), 0), p.value(), p.emphasis()));
        }
        if (paging.next() != null) {
            Block.Choice n = paging.next();
            buttons.add(Kit.button(n.label(), ActionIds.element(n.actionId(), 1), n.value(), n.emphasis()));
        }
        if (!buttons.isEmpty()) {
            out.add(ActionsBlock.builder().elements(buttons).build(), 40);
        }
    }

    private static void flush(StringBuilder section, MessageBuilder out) {
        if (section.length() > 0) {
            out.add(Kit.section(Kit.mrkdwn(section.toString()), null), section.length());
            section.setLength(0);
        }
    }

    /** One row as an escaped mrkdwn line, its first cell bold. */
    private static String line(List<String> row) {
        List<String> cells = clean(row);
        if (cells.isEmpty()) {
            return "";
        }
        String first = Mrkdwn.bold(cells.get(0));
        String rest = cells.stream().skip(1).map(Mrkdwn::escape).collect(Collectors.joining(SEPARATOR));
        return rest.isEmpty() ? first : (first.isEmpty() ? "" : first + SEPARATOR) + rest;
    }

    private static List<String> clean(List<String> row) {
        return row.stream().map(c -> c.replace('\n', ' ').strip()).toList();
    }

    /** Semicolon-separated with a byte order mark, as Excel with Swedish settings opens it. */
    private static byte[] csv(Block.Table table) {
        StringBuilder csv = new StringBuilder("\uFEFF");
        if (!table.headers().isEmpty()) {
            csv.append(csvLine(table.headers()));
        }
        table.rows().forEach(row -> csv.append(csvLine(row)));
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String csvLine(List<String> cells) {
        return cells.stream().map(TableRenderer::csvCell).collect(Collectors.joining(";")) + "\r\n";
    }

    /** Quoted where needed; a cell that Excel would run as a formula is defused with a leading apostrophe. */
    private static String csvCell(String raw) {
        String cell = FORMULA.matcher(raw).lookingAt() ? "'" + raw : raw;
        boolean quote = cell.contains(";") || cell.contains("\"") || cell.contains("\n") || cell.contains("\r");
        return quote ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell;
    }
}
