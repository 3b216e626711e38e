/**
 * Top-ups (fyll på data): the data packages offered for a mobile subscription, and ordering one,
 * which places a TOP_UP order and raises the subscription's allowance for this month.
 */
@NullMarked
package se.connectbot.sandbox.topup;

import org.jspecify.annotations.NullMarked;
