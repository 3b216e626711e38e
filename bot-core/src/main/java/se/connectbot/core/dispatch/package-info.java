/**
 * One dispatch policy for every platform adapter: acknowledge at once (the adapter), then on the
 * core's workers claim the delivery against platform retries and double clicks (in the engine's
 * {@link se.connectbot.core.engine.DeliveryLog}, the core's one de-duplication), run the engine,
 * show a "working on it" note when it is slow, and contain every failure as a note to the user,
 * in the language they chose. An adapter hands an {@link se.connectbot.core.dispatch.Arrival}
 * and its one-method {@link se.connectbot.core.dispatch.ReplySender} to
 * {@link se.connectbot.core.dispatch.InboundDispatch}; {@link se.connectbot.core.dispatch.DispatchWiring}
 * builds it.
 */
@NullMarked
package se.connectbot.core.dispatch;

import org.jspecify.annotations.NullMarked;
