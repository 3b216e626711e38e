package se.connectbot.teams.render;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import se.connectbot.core.i18n.Messages;
import se.connectbot.core.reply.Block;

/**
 * A {@link Block.Table} as Adaptive Card {@code Table}s (schema 1.5): header row first, a row's
 * action as a button in a last column, and as many tables as it takes to keep each under the
 * given size (the header repeated); the paging after them, in the core's words
 * ({@code adapter.page}), and its two buttons. Cells are plain {@code TextRun}s.
 */
final class TableRenderer {

    private TableRenderer() {
    }

    /** @param labelled the first column holds labels (shown bold): a {@link Block.Fields} */
    static void render(Block.Table table, int maxBytes, CardRenderer.PieceSink sink, boolean labelled, Messages messages) {
        boolean actions = table.rowActions().stream().anyMatch(a -> a != null);
        int columns = Math.max(table.headers().size(), table.rows().stream().mapToInt(List::size).max().orElse(0));
        if (columns == 0 && !actions) {
            paging(table.paging(), messages, sink);
            return;
        }
        ObjectNode current = table(columns + (actions ? 1 : 0), table.headers(), actions);
        for (int r = 0; r < table.rows().size(); r++) {
            Block.Choice action = actions ? table.rowActions().get(r) : null;
            ((ArrayNode) current.get("rows")).add(row(table.rows().get(r), columns, action, actions, labelled));
            if (CardRenderer.bytes(current) > maxBytes) {
                sink.add(List.of(current));
                current = table(columns + (actions ? 1 : 0), table.headers(), actions);
            }
        }
        int headerRows = table.headers().isEmpty() ? 0 : 1;
        if (current.get("rows").size() > headerRows) {
            sink.add(List.of(current));
        }
        paging(table.paging(), messages, sink);
    }

    private static ObjectNode table(int columns, List<String> headers, boolean actions) {
        ObjectNode table = Cards.JSON.objectNode();
        table.put("type", "Table");
        table.put("showGridLines", false);
        ArrayNode cols = table.putArray("columns");
        for (int c = 0; c < columns; c++) {
            cols.addObject().put("width", 1);
        }
        table.put("firstRowAsHeader", !headers.isEmpty());
        ArrayNode rows = table.putArray("rows");
        if (!headers.isEmpty()) {
            List<String> cells = new ArrayList<>(headers);
            ObjectNode header = row(cells, columns - (actions ? 1 : 0), null, actions, false);
            rows.add(header);
        }
        return table;
    }

    private static ObjectNode row(List<String> cells, int columns, Block.@Nullable Choice action, boolean actionColumn, boolean labelled) {
        ObjectNode row = Cards.JSON.objectNode();
        row.put("type", "TableRow");
        ArrayNode out = row.putArray("cells");
        for (int c = 0; c < columns; c++) {
            out.add(cell(List.of(Cards.text(c < cells.size() ? cells.get(c) : "", labelled && c == 0, "Default", "Default"))));
        }
        if (actionColumn) {
            out.add(cell(action == null ? List.of() : CardRenderer.buttons(List.of(action))));
        }
        return row;
    }

    private static ObjectNode cell(List<ObjectNode> items) {
        ObjectNode cell = Cards.JSON.objectNode();
        cell.put("type", "TableCell");
        ArrayNode body = cell.putArray("items");
        items.forEach(body::add);
        return cell;
    }

    private static void paging(Block.@Nullable Paging paging, Messages messages, CardRenderer.PieceSink sink) {
        if (paging == null) {
            return;
        }
        List<ObjectNode> elements = new ArrayList<>();
        elements.add(Cards.text(messages.counting("adapter.page", paging.page(), paging.totalPages(), paging.totalItems()), false, "Default",
                "Small"));
        List<Block.Choice> turns = new ArrayList<>();
        if (paging.previous() != null) {
            turns.add(paging.previous());
        }
        if (paging.next() != null) {
            turns.add(paging.next());
        }
        elements.addAll(CardRenderer.buttons(turns));
        sink.add(elements);
    }
}
