/**
 * What every endpoint of the Portal API shares: the caller taken from the bearer token, the
 * refusals as unchecked exceptions, and their translation into {@code application/problem+json}.
 */
@NullMarked
package se.connectbot.sandbox.web;

import org.jspecify.annotations.NullMarked;
