package se.connectbot.sandbox.outage;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import se.connectbot.portal.api.Network;
import se.connectbot.portal.api.Outage;
import se.connectbot.portal.api.OutageKind;
import se.connectbot.sandbox.web.FieldError;
import se.connectbot.sandbox.web.InvalidInputException;

/**
 * What makes an outage whole, checked on the state an operator's write would leave: mobile
 * outages name networks and fixed ones none, some area is named, postcodes are Swedish, and the
 * expected end comes after the start.
 */
final class OutageRules {

    private OutageRules() {
    }

    /** {@code NNN NN} for each postcode, in order, without repeats. */
    static List<String> postcodes(List<String> postcodes) {
        List<FieldError> errors = new ArrayList<>();
        LinkedHashSet<String> normalised = new LinkedHashSet<>();
        for (int i = 0; i < postcodes.size(); i++) {
            String postcode = postcodes.get(i);
            int index = i;
            Postcodes.normalise(postcode).ifPresentOrElse(normalised::add, () -> errors.add(new FieldError(
                    "postcodes[" + index + "]", "must be a Swedish postcode such as 411 05 but was '" + postcode + "'")));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return List.copyOf(normalised);
    }

    static List<String> municipalities(List<String> municipalities) {
        return List.copyOf(new LinkedHashSet<>(municipalities.stream().map(String::trim).toList()));
    }

    static List<Network> networks(List<Network> networks) {
        return List.copyOf(new LinkedHashSet<>(networks));
    }

    /** @throws InvalidInputException naming each broken rule's field */
    static void check(Outage outage) {
        List<FieldError> errors = new ArrayList<>();
        if (outage.kind() == OutageKind.MOBILE && outage.networks().isEmpty()) {
            errors.add(new FieldError("networks", "must name at least one network for a MOBILE outage"));
        }
        if (outage.kind() == OutageKind.FIXED && !outage.networks().isEmpty()) {
            errors.add(new FieldError("networks", "must be empty for a FIXED outage but was " + outage.networks()));
        }
        if (outage.municipalities().isEmpty() && outage.postcodes().isEmpty()) {
            errors.add(new FieldError("municipalities", "at least one municipality or postcode is required"));
        }
        if (outage.expectedEnd() != null && !outage.expectedEnd().isAfter(outage.startedAt())) {
            errors.add(new FieldError("expectedEnd", "must be after startedAt (" + outage.startedAt() + ") but was '"
                    + outage.expectedEnd() + "'"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }
}
