package se.connectbot.core.outage;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.connectbot.core.i18n.Folding;
import se.connectbot.portal.api.Outage;
import se.connectbot.portal.api.OutageKind;
import se.connectbot.portal.api.ServiceKind;
import se.connectbot.portal.api.ServiceSummary;

/**
 * Where a user's services are: the postcodes and towns of their fixed services' addresses
 * ({@code Storgatan 1, 411 01 Göteborg}), and whether they have mobile services. An outage
 * touches them when it names one of those postcodes or towns (mobile outages: a town, when the
 * user has mobile services). Immutable.
 */
record UserAreas(Set<String> postcodes, Set<String> towns, boolean mobile) {

    private static final Pattern POSTCODE_AND_TOWN = Pattern.compile("(\\d{3}) ?(\\d{2})\\s+([^,]+)");

    static final UserAreas NONE = new UserAreas(Set.of(), Set.of(), false);

    static UserAreas of(List<ServiceSummary> services) {
        Set<String> postcodes = new HashSet<>();
        Set<String> towns = new HashSet<>();
        for (ServiceSummary service : services) {
            if (service.address() == null) {
                continue;
            }
            Matcher m = POSTCODE_AND_TOWN.matcher(service.address());
            while (m.find()) {
                postcodes.add(m.group(1) + " " + m.group(2));
                towns.add(Folding.fold(m.group(3)));
            }
        }
        boolean mobile = services.stream().anyMatch(s -> s.kind() == ServiceKind.MOBILE);
        return new UserAreas(Set.copyOf(postcodes), Set.copyOf(towns), mobile);
    }

    boolean touches(Outage outage) {
        boolean town = outage.municipalities().stream().map(Folding::fold).anyMatch(towns::contains);
        if (outage.kind() == OutageKind.MOBILE) {
            return mobile && town;
        }
        return town || outage.postcodes().stream().anyMatch(postcodes::contains);
    }
}
