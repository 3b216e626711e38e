/**
 * Tickets: the guided new ticket ({@code ticket}/{@code ärende}: category → service (optional)
 * → priority (support only) → title → message → confirm), also as one form; the list
 * ({@code tickets}/{@code ärenden}); one ticket's thread; and replies ({@code reply}/{@code svara}).
 */
@NullMarked
package se.connectbot.core.ticket;

import org.jspecify.annotations.NullMarked;
