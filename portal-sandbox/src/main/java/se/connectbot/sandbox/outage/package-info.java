/**
 * Operational information (driftinformation): outages, read by every signed-in user and by the
 * bot's own client, with a change feed for pollers; and the operator's endpoints to publish,
 * update and resolve them. Every change gets the next number of one feed sequence.
 */
@NullMarked
package se.connectbot.sandbox.outage;

import org.jspecify.annotations.NullMarked;
