package se.connectbot.portal.api;

/** A ticket's state; all but CLOSED count as ongoing. */
public enum TicketStatus {
    OPEN,
    IN_PROGRESS,
    WAITING_FOR_CUSTOMER,
    CLOSED;

    public boolean ongoing() {
        return this != CLOSED;
    }
}
