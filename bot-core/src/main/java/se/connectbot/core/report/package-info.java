/**
 * {@code rapport}/{@code report}: the portal's reports (services, invoices, mobile usage, tickets)
 * as an Excel workbook, streamed slice by slice from the portal into a temporary file with POI's
 * SXSSF and from there into the core's file store, delivered by reference; a guided choice when
 * parts are left out; progress shown in one message updated in place. Also
 * {@code förbrukning}/{@code usage}: a mobile subscription's data use per month as a PNG chart
 * with a text alternative.
 */
@NullMarked
package se.connectbot.core.report;

import org.jspecify.annotations.NullMarked;
