/**
 * The bot's way out to Teams: the Bot Connector REST API at a conversation's service URL
 * ({@link se.connectbot.teams.connector.Connector}) with a client-credentials token
 * ({@link se.connectbot.teams.connector.ConnectorTokens}), on Spring's {@code RestClient}.
 */
@NullMarked
package se.connectbot.teams.connector;

import org.jspecify.annotations.NullMarked;

