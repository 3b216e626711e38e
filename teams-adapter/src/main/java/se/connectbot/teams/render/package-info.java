/**
 * The core's {@code Reply} as Adaptive Cards 1.5 ({@link se.connectbot.teams.render.CardRenderer}),
 * text escaped the Teams way ({@link se.connectbot.teams.render.TeamsText}), and card submits read
 * back ({@link se.connectbot.teams.render.ActionData}).
 */
@NullMarked
package se.connectbot.teams.render;

import org.jspecify.annotations.NullMarked;
