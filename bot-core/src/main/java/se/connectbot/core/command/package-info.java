/**
 * The command grammar and its routing: Swedish and English keywords and synonyms, tolerant of
 * case and diacritics, parsed into a {@link se.connectbot.core.command.ParseResult}; commands
 * are data ({@link se.connectbot.core.command.Command}: a spec and a one-method
 * {@link se.connectbot.core.command.CommandHandler}), collected into a registry at start-up.
 */
@NullMarked
package se.connectbot.core.command;

import org.jspecify.annotations.NullMarked;
