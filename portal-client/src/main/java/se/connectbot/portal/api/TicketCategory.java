package se.connectbot.portal.api;

/** What a ticket is about (ärendet avser). Only SUPPORT takes a priority. */
public enum TicketCategory {
    /** Felanmälan / support. */
    SUPPORT,
    /** Fakturafråga. */
    INVOICE,
    /** Beställning. */
    ORDER,
    /** Ändring av tjänst. */
    CHANGE,
    /** Övrigt. */
    OTHER;

    public boolean takesPriority() {
        return this == SUPPORT;
    }
}
