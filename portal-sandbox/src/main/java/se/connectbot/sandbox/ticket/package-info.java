/**
 * Tickets (ärenden): the list, one ticket with its thread, filing a ticket and replying to one.
 * Every part needs the right HANDLE_TICKETS.
 */
@NullMarked
package se.connectbot.sandbox.ticket;

import org.jspecify.annotations.NullMarked;
