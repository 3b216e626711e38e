/**
 * What goes out: the platform-neutral {@link se.connectbot.core.reply.Reply} and its blocks,
 * which every adapter renders its platform's way.
 */
@NullMarked
package se.connectbot.core.reply;

import org.jspecify.annotations.NullMarked;
