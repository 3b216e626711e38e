package se.connectbot.core.command;

/** Who may see a command's answer when it is asked in a shared conversation. */
public enum Privacy {
    /** Public information (help, outages): answered in the conversation. */
    PUBLIC,
    /** One user's portal data: answered privately in a shared conversation. */
    PERSONAL,
    /** Always answered privately, even in a direct conversation's platform (sign-in links). */
    SECRET
}
