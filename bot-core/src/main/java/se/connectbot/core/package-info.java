/**
 * The conversational core: {@link se.connectbot.core.CoreConfiguration} wires it; the packages
 * below are its capabilities.
 */
@NullMarked
package se.connectbot.core;

import org.jspecify.annotations.NullMarked;
