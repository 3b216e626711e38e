package se.connectbot.portal.api;

import java.math.BigDecimal;

/** A data top-up package offered for a mobile subscription; the price is SEK including VAT. */
public record DataPackage(String id, String name, int dataGb, BigDecimal price) {
}
