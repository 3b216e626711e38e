package se.connectbot.sandbox.report;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import se.connectbot.portal.api.ReportDefinition;
import se.connectbot.portal.api.ReportKind;
import se.connectbot.portal.api.ReportPage;
import se.connectbot.portal.api.Right;
import se.connectbot.sandbox.account.AccountScopes;
import se.connectbot.sandbox.user.PortalUser;
import se.connectbot.sandbox.web.Cursors;

/**
 * The report kinds a user may export and one slice of a report's rows. Both need
 * {@link Right#VIEW_REPORTS}; a report also needs the right to see its data, and a kind the
 * user may not see is left out of the list.
 */
@RestController
@RequestMapping("/api/v1/reports")
class ReportController {

    static final int MAX_SIZE = 5000;

    private final Map<ReportKind, ReportSource> sources = new EnumMap<>(ReportKind.class);
    private final AccountScopes scopes;

    ReportController(List<ReportSource> sources, AccountScopes scopes) {
        sources.forEach(source -> this.sources.put(source.definition().kind(), source));
        this.scopes = scopes;
    }

    @GetMapping
    List<ReportDefinition> reports(PortalUser user) {
        user.require(Right.VIEW_REPORTS);
        return sources.values().stream().filter(source -> user.has(source.dataRight())).map(ReportSource::definition).toList();
    }

    @GetMapping("/{kind}")
    ReportPage report(
            PortalUser user,
            @PathVariable ReportKind kind,
            @RequestParam(required = false) @Size(min = 1, max = 500) @Nullable String cursor,
            @RequestParam(defaultValue = "500") @Min(1) @Max(MAX_SIZE) int size) {
        user.require(Right.VIEW_REPORTS);
        ReportSource source = sources.get(kind);
        if (source == null) {
            throw new IllegalStateException("No report source for " + kind);
        }
        user.require(source.dataRight());
        String cursorKind = "report-" + kind.name();
        String after = cursor == null ? null : Cursors.decode(cursorKind, cursor);
        ReportSource.Slice slice = source.rows(scopes.all(user), after, size);
        return new ReportPage(kind, source.definition().columns(), slice.rows(),
                slice.lastKey() == null ? null : Cursors.encode(cursorKind, slice.lastKey()));
    }
}
