/**
 * The Spring Boot application that wires the modules together from configuration.
 */
@NullMarked
package se.connectbot.app;

import org.jspecify.annotations.NullMarked;
