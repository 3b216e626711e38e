package se.connectbot.portal.api;

/** Whether an outage touches the fixed or the mobile network. */
public enum OutageKind {
    FIXED,
    MOBILE
}
