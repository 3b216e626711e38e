/** The start page (Startsidan): the counts of a user's active services, ongoing work and unpaid invoices. */
@NullMarked
package se.connectbot.sandbox.dashboard;

import org.jspecify.annotations.NullMarked;
