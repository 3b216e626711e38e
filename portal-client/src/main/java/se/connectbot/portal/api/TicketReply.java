package se.connectbot.portal.api;

/** The body of a reply to a ticket; it goes to the support department. */
public record TicketReply(String message) {
}
