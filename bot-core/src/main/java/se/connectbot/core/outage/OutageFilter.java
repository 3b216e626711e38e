package se.connectbot.core.outage;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import se.connectbot.core.command.Args;
import se.connectbot.portal.api.Network;
import se.connectbot.portal.api.OutageQuery;

/** What the user narrowed outages to: a network (2G..5G), a postcode, or a municipality. */
record OutageFilter(@Nullable Network network, @Nullable String postcode, @Nullable String municipality) {

    private static final Pattern POSTCODE = Pattern.compile("(\\d{3}) ?(\\d{2})");
    private static final Pattern NETWORK = Pattern.compile("([2-5])g", Pattern.CASE_INSENSITIVE);

    static OutageFilter parse(Args args) {
        String raw = args.raw().strip();
        if (raw.isEmpty()) {
            return new OutageFilter(null, null, null);
        }
        Matcher network = NETWORK.matcher(raw);
        if (network.matches()) {
            return new OutageFilter(Network.valueOf("G" + network.group(1)), null, null);
        }
        Matcher postcode = POSTCODE.matcher(raw);
        if (postcode.matches()) {
            return new OutageFilter(null, postcode.group(1) + " " + postcode.group(2), null);
        }
        return new OutageFilter(null, null, capitalised(raw));
    }

    OutageQuery query() {
        return new OutageQuery(null, municipality, postcode, network, null, null);
    }

    boolean isEmpty() {
        return network == null && postcode == null && municipality == null;
    }

    String describe() {
        return network != null ? network.label() : postcode != null ? postcode : String.valueOf(municipality);
    }

    private static String capitalised(String text) {
        return text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
    }
}
