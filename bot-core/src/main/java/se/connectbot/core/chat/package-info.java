/**
 * What comes in from a chat platform ({@link se.connectbot.core.chat.Inbound}) and who and where
 * it comes from; adapters build these and hand them to the core.
 */
@NullMarked
package se.connectbot.core.chat;

import org.jspecify.annotations.NullMarked;
