package se.connectbot.sandbox.service;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import se.connectbot.sandbox.web.InvalidInputException;

/** The sortable columns of the services list, as the API names them and as SQL orders them. */
enum ServiceSort {
    NAME("name", "s.name"),
    START_DATE("startDate", "s.start_date"),
    STATUS("status", "s.status"),
    KIND("kind", "s.kind"),
    ACCOUNT_NAME("accountName", "account_name"),
    MONTHLY_PRICE("monthlyPrice", "s.monthly_price"),
    ID("id", "s.id");

    private final String apiName;
    private final String column;

    ServiceSort(String apiName, String column) {
        this.apiName = apiName;
        this.column = column;
    }

    /**
     * An order by clause for {@code sort} ({@code name}, {@code -startDate}, ...), ties broken
     * by id so that paging is stable; null sorts by name.
     *
     * @throws InvalidInputException naming {@code sort} for an unknown column
     */
    static String orderBy(@Nullable String sort) {
        if (sort == null || sort.isBlank()) {
            return NAME.column + ", s.id";
        }
        boolean descending = sort.startsWith("-");
        String name = descending ? sort.substring(1) : sort;
        ServiceSort column = Arrays.stream(values()).filter(s -> s.apiName.equals(name)).findFirst()
                .orElseThrow(() -> InvalidInputException.of("sort", "must be one of " + Arrays.stream(values())
                        .map(s -> s.apiName).collect(Collectors.joining(", "))
                        + ", optionally prefixed with '-' for descending, but was '" + sort + "'"));
        String direction = descending ? " desc nulls last" : " asc nulls last";
        return column.column + direction + ", s.id" + (descending ? " desc" : "");
    }
}
