package se.connectbot.core.outage;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Component;
import se.connectbot.core.command.CommandHandler;
import se.connectbot.core.command.CommandRequest;
import se.connectbot.core.i18n.Formats;
import se.connectbot.core.reply.Block;
import se.connectbot.core.reply.Reply;
import se.connectbot.core.rights.Capability;
import se.connectbot.portal.api.Network;
import se.connectbot.portal.api.Outage;
import se.connectbot.portal.api.PortalApi;
import se.connectbot.portal.api.ServiceQuery;
import se.connectbot.portal.api.ServiceSummary;

/**
 * {@code outages [municipality | postcode | 2G..5G]}: current outages, most severe first, and
 * those touching the user's services before all others when the user is signed in, may see
 * services and asks privately. Anyone may ask: the operational information is public.
 */
@Component
class OutagesHandler implements CommandHandler {

    private static final int SHOWN = 10;
    private static final int SERVICE_PAGES = 5;

    private final PortalApi api;
    private final Clock clock;

    OutagesHandler(PortalApi api, Clock clock) {
        this.api = api;
        this.clock = clock;
    }

    @Override
    public Reply handle(CommandRequest request) {
        OutageFilter filter = OutageFilter.parse(request.args());
        boolean personal = !request.conversation().shared() && request.may(Capability.VIEW_SERVICES);
        List<Outage> outages = personal ? request.portal().outages(filter.query()) : api.operations().outages(filter.query());
        if (outages.isEmpty()) {
            return Reply.of(new Block.Text(filter.isEmpty() ? request.text("outages.none")
                    : request.text("outages.none.filtered", filter.describe()), Block.Tone.SUCCESS));
        }
        UserAreas areas = personal ? UserAreas.of(services(request)) : UserAreas.NONE;
        List<Outage> sorted = outages.stream().sorted(order(areas)).toList();
        return render(request, filter, sorted, areas, clock.instant());
    }

    private static Comparator<Outage> order(UserAreas areas) {
        return Comparator.comparing((Outage o) -> !areas.touches(o))
                .thenComparing(Outage::severity, Comparator.reverseOrder())
                .thenComparing(Outage::startedAt, Comparator.reverseOrder());
    }

    private static Reply render(CommandRequest request, OutageFilter filter, List<Outage> outages, UserAreas areas, Instant now) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(Block.heading(filter.isEmpty() ? request.text("outages.heading", outages.size())
                : request.text("outages.heading.filtered", outages.size(), filter.describe())));
        long touching = outages.stream().filter(areas::touches).count();
        if (touching > 0) {
            blocks.add(new Block.Text(request.text("outages.touching", touching), Block.Tone.WARNING));
        }
        List<Outage> shown = outages.subList(0, Math.min(SHOWN, outages.size()));
        blocks.add(new Block.Table(headers(request), shown.stream().map(o -> row(request, o, areas, now)).toList(), List.of(), null));
        if (outages.size() > SHOWN) {
            blocks.add(Block.text(request.text("outages.more", outages.size() - SHOWN)));
        }
        return new Reply(blocks, Reply.Visibility.CONVERSATION);
    }

    private static List<String> headers(CommandRequest request) {
        return List.of(request.text("outages.col.title"), request.text("outages.col.area"), request.text("outages.col.network"),
                request.text("outages.col.severity"), request.text("outages.col.since"), request.text("outages.col.expected"),
                request.text("outages.col.yours"));
    }

    private static List<String> row(CommandRequest request, Outage o, UserAreas areas, Instant now) {
        Formats f = request.formats();
        String networks = o.networks().isEmpty() ? request.text("outage.kind." + o.kind().name())
                : String.join(", ", o.networks().stream().map(Network::label).toList());
        return List.of(o.title(), String.join(", ", o.municipalities()), networks,
                request.text("outage.severity." + o.severity().name()), f.dateTime(o.startedAt()),
                expected(request, o, now), areas.touches(o) ? request.text("outages.yours.yes") : "");
    }

    /** When it should be over; a time already passed says so, since the outage is still listed as current. */
    private static String expected(CommandRequest request, Outage o, Instant now) {
        Instant end = o.expectedEnd();
        if (end == null) {
            return request.text("outages.unknown");
        }
        String at = request.formats().dateTime(end);
        return end.isBefore(now) ? request.text("outages.expected.passed", at) : at;
    }

    private static List<ServiceSummary> services(CommandRequest request) {
        List<ServiceSummary> all = new ArrayList<>();
        for (int page = 0; page < SERVICE_PAGES; page++) {
            var result = request.portal().services(ServiceQuery.all().withPage(page, 100));
            all.addAll(result.items());
            if (!result.hasNext()) {
                break;
            }
        }
        return all;
    }
}
