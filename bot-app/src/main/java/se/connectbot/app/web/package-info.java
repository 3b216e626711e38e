/**
 * The bot's HTTP security: headers, CSRF and what is open to whom.
 */
@NullMarked
package se.connectbot.app.web;

import org.jspecify.annotations.NullMarked;
