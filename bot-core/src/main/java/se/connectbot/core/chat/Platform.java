package se.connectbot.core.chat;

/** The chat platforms the bot speaks on. */
public enum Platform {
    SLACK,
    TEAMS,
    DISCORD,
    /** The bot's own web chat page. */
    WEB
}
