/** The sandbox checked against the Portal API contract, through the real client. */
@NullMarked
package se.connectbot.sandbox.contract;

import org.jspecify.annotations.NullMarked;
