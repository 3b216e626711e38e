package se.connectbot.portal.api;

import org.jspecify.annotations.Nullable;

/** A postal address; {@code postcode} is {@code NNN NN}. */
public record Address(@Nullable String careOf, String street, String postcode, String city) {
}
