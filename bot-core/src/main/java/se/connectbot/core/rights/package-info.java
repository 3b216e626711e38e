/**
 * Rights pre-checks: which portal rights each of the bot's capabilities needs, decided in one
 * place ({@link se.connectbot.core.rights.RightsPolicy}) so that the bot offers only what a user
 * may do and explains a refusal by naming the missing right in plain words.
 */
@NullMarked
package se.connectbot.core.rights;

import org.jspecify.annotations.NullMarked;
