/**
 * Housekeeping: what the bot forgets periodically (old deliveries and their replies, finished
 * dialogs, unused sign-ins, and every {@link se.connectbot.core.housekeeping.Sweep} that other
 * modules declare). The core only says what to forget; the application says when and makes sure
 * that one instance of the bot does it per period (a cluster-safe scheduler in bot-app).
 */
@NullMarked
package se.connectbot.core.housekeeping;

import org.jspecify.annotations.NullMarked;
