/**
 * The Teams bot: {@code /api/messages} in ({@code MessagesController}), the core's dispatch in
 * between ({@code TeamsTurn}, {@code TeamsResumer}), replies, files and unasked messages out
 * through the Bot Connector ({@code ReplyDelivery}, {@code FileDelivery}, {@code TeamsSender}).
 */
@NullMarked
package se.connectbot.teams.bot;

import org.jspecify.annotations.NullMarked;
