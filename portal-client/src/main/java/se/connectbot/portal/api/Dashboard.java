package se.connectbot.portal.api;

/** The start page's counts (Startsidan), within the user's scope. */
public record Dashboard(int activeServices, int ongoingOrders, int ongoingTickets, int unpaidInvoices) {
}
