package se.connectbot.core.engine;

/** How an answered delivery is repeated; stored by name, so never rename a constant in use. */
enum Replay {
    /** The sealed reply is repeated while it is kept; afterwards the repeat only says it was answered. */
    STORED,
    /** The answer held a sign-in link, which is never kept: a repeat gets a fresh sign-in prompt. */
    SIGN_IN
}
