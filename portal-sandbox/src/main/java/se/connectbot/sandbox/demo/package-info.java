/**
 * The demo data: three Swedish customer organisations with account trees, services of every
 * kind, two years of invoices, orders, tickets, outages and the demo users, generated from a
 * fixed seed into an empty database at start-up (the same data at every start, dated relative
 * to the clock), at the default size or large for benchmarks.
 */
@NullMarked
package se.connectbot.sandbox.demo;

import org.jspecify.annotations.NullMarked;
