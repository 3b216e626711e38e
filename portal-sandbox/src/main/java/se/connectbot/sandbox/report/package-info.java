/**
 * Reports (rapporter): the kinds a user may export and their rows, read in slices with a
 * cursor. Each capability contributes its report as a {@link se.connectbot.sandbox.report.ReportSource};
 * this package routes to them and checks the rights.
 */
@NullMarked
package se.connectbot.sandbox.report;

import org.jspecify.annotations.NullMarked;
