/**
 * The embedded PostgreSQL used when no database is configured: one server per JVM and data
 * directory, a database per application, a generated password, loopback only, and a server left
 * running by a killed earlier run stopped before the next start.
 */
@NullMarked
package se.connectbot.embeddeddb;

import org.jspecify.annotations.NullMarked;
