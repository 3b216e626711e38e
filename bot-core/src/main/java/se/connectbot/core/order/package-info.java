/** {@code orders}/{@code beställningar}: orders in progress, paged. */
@NullMarked
package se.connectbot.core.order;

import org.jspecify.annotations.NullMarked;
