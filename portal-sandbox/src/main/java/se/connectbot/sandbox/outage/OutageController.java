package se.connectbot.sandbox.outage;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import se.connectbot.portal.api.Network;
import se.connectbot.portal.api.Outage;
import se.connectbot.portal.api.OutageChanges;
import se.connectbot.portal.api.OutageKind;
import se.connectbot.sandbox.user.CurrentUsers;
import se.connectbot.sandbox.web.Cursors;
import se.connectbot.sandbox.web.ApiId;
import se.connectbot.sandbox.web.InvalidInputException;
import se.connectbot.sandbox.web.NotFoundException;
import se.connectbot.sandbox.web.SingleLine;

/**
 * The operational information: public, the same for every caller, read with a user token
 * (scope {@code portal}) or the bot's own (scope {@code operations.read}); no right needed.
 */
@RestController
@RequestMapping("/api/v1/outages")
class OutageController {

    static final String READ_SCOPE = "operations.read";
    static final int DEFAULT_RESOLVED_DAYS = 7;
    static final int MAX_CHANGES = 100;
    private static final String CURSOR_KIND = "outages";

    private final OutageRepository outages;
    private final CurrentUsers callers;
    private final Clock clock;

    OutageController(OutageRepository outages, CurrentUsers callers, Clock clock) {
        this.outages = outages;
        this.callers = callers;
        this.clock = clock;
    }

    @GetMapping
    List<Outage> outages(
            Authentication authentication,
            @RequestParam(required = false) Outage.@Nullable OutageStatus status,
            @RequestParam(required = false) @Size(min = 1, max = 100) @SingleLine @Nullable String municipality,
            @RequestParam(required = false) @Size(max = 10) @Nullable String postcode,
            @RequestParam(required = false) @Nullable Network network,
            @RequestParam(required = false) @Nullable OutageKind kind,
            @RequestParam(required = false) @Min(1) @Max(90) @Nullable Integer recentDays) {
        callers.requireAnyScope(authentication, CurrentUsers.PORTAL_SCOPE, READ_SCOPE);
        String normalisedPostcode = postcode == null || postcode.isBlank() ? null : Postcodes.normalise(postcode)
                .orElseThrow(() -> InvalidInputException.of("postcode", "must be a Swedish postcode such as 411 05 but was '" + postcode + "'"));
        boolean active = status != Outage.OutageStatus.RESOLVED;
        Integer resolvedWithin = status == Outage.OutageStatus.ACTIVE ? null
                : status == Outage.OutageStatus.RESOLVED && recentDays == null ? Integer.valueOf(DEFAULT_RESOLVED_DAYS) : recentDays;
        String area = municipality == null || municipality.isBlank() ? null : municipality.trim();
        return outages.list(new OutageFilter(active, resolvedWithin, area, normalisedPostcode, network, kind), clock.instant());
    }

    @GetMapping("/changes")
    OutageChanges changes(Authentication authentication, @RequestParam(required = false) @Size(min = 1, max = 500) @Nullable String cursor) {
        callers.requireAnyScope(authentication, CurrentUsers.PORTAL_SCOPE, READ_SCOPE);
        long last = outages.lastChangeSeq();
        if (cursor == null) {
            return new OutageChanges(List.of(), Cursors.encode(CURSOR_KIND, Long.toString(last)));
        }
        long after = Cursors.decodeNumber(CURSOR_KIND, cursor);
        if (after > last) {
            throw Cursors.invalid(cursor);
        }
        List<OutageRepository.FeedEntry> changes = outages.changedAfter(after, MAX_CHANGES);
        long next = changes.isEmpty() ? after : changes.get(changes.size() - 1).changeSeq();
        return new OutageChanges(changes.stream().map(OutageRepository.FeedEntry::outage).toList(),
                Cursors.encode(CURSOR_KIND, Long.toString(next)));
    }

    @GetMapping("/{outageId}")
    Outage outage(Authentication authentication, @PathVariable @ApiId String outageId) {
        callers.requireAnyScope(authentication, CurrentUsers.PORTAL_SCOPE, READ_SCOPE);
        return outages.find(outageId).orElseThrow(() -> new NotFoundException("Outage", outageId));
    }
}
