/**
 * Forms parked behind an "Open form" button until their owner clicks it, for every platform:
 * {@link se.connectbot.core.forms.ParkedForms} keeps the core's
 * {@link se.connectbot.core.reply.Block.Form} in PostgreSQL, where every instance reads it, says
 * whether the person who clicked may open it, and forgets it after a day. Each adapter renders
 * the form its own way when it is opened, in the language of the person who opened it.
 */
@NullMarked
package se.connectbot.core.forms;

import org.jspecify.annotations.NullMarked;
