/**
 * The measuring kit of the benchmarks: latency samples and their percentiles, the machine a
 * run happened on, a Markdown report, and applications started as processes of their own.
 * The benchmarks themselves are tests tagged {@code benchmark} in this module's test sources.
 */
@NullMarked
package se.connectbot.benchmarks;

import org.jspecify.annotations.NullMarked;
