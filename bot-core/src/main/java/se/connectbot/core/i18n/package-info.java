/**
 * The bot's languages (Swedish first, English second): message bundles, number, money and date
 * formats, and each chat user's stored choice of language.
 */
@NullMarked
package se.connectbot.core.i18n;

import org.jspecify.annotations.NullMarked;
