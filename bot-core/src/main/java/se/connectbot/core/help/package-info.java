/** {@code help}/{@code hjälp} {@code [command]}: what the user may do, given their rights. */
@NullMarked
package se.connectbot.core.help;

import org.jspecify.annotations.NullMarked;
