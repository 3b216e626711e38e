/**
 * The engine: the {@link se.connectbot.core.chat.BotEngine} implementation that de-duplicates
 * deliveries (its {@link se.connectbot.core.engine.DeliveryLog} is the core's one de-duplication,
 * whose claims the dispatch makes as deliveries arrive), resolves the reply language, routes texts, clicks and forms to commands and
 * dialogs, applies privacy, and turns every failure into a reply in the user's language.
 */
@NullMarked
package se.connectbot.core.engine;

import org.jspecify.annotations.NullMarked;
