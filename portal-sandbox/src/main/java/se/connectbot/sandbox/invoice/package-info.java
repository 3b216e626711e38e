/**
 * Invoices (fakturor): the list, one invoice with its lines, and the invoice as a PDF. An
 * invoice's status is read against the clock: paid, unpaid until its due date, then overdue.
 */
@NullMarked
package se.connectbot.sandbox.invoice;

import org.jspecify.annotations.NullMarked;
