/**
 * The sandbox portal: a reference implementation of the Portal API contract. Sub-packages by
 * capability: the API's data ({@code account}, {@code service}, {@code topup}, {@code order},
 * {@code invoice}, {@code ticket}, {@code outage}, {@code report}, {@code dashboard}), its users
 * ({@code user}), what every endpoint shares ({@code web}), the demo data ({@code demo}) and the
 * authorization server ({@code auth}).
 */
@NullMarked
package se.connectbot.sandbox;

import org.jspecify.annotations.NullMarked;
