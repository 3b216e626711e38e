/**
 * {@code invoices}/{@code fakturor}: the invoice list with status, amount and due date, filtered
 * (unpaid, overdue, a number), paged, with a button per invoice that delivers its PDF as a file.
 */
@NullMarked
package se.connectbot.core.invoice;

import org.jspecify.annotations.NullMarked;
