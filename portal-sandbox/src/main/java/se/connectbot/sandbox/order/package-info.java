/** Orders (beställningar): the list, one order, and placing one (for top-ups). */
@NullMarked
package se.connectbot.sandbox.order;

import org.jspecify.annotations.NullMarked;
