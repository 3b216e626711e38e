/**
 * {@code topup}/{@code fyll på} {@code [phone] [package]}: the guided top-up — subscription,
 * data package as the portal offers it, summary with price, confirm — ending in an order number
 * and the expected activation. A command carrying answers enters mid-way.
 */
@NullMarked
package se.connectbot.core.topup;

import org.jspecify.annotations.NullMarked;
