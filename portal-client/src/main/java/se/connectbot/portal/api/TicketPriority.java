package se.connectbot.portal.api;

/** The priority of a support ticket. */
public enum TicketPriority {
    LOW,
    NORMAL,
    HIGH,
    CRITICAL
}
