package se.connectbot.core.command;

/**
 * The kinds of value read out of a sentence wherever they stand, each in the canonical form the
 * commands take: a phone number in any common format as E.164 ({@code +46701234567}), a data
 * size ({@code 5GB}), a network ({@code 4G}), a postcode ({@code 411 01}), a place (the word
 * after "i"/"in"), a page ({@code page 2}), an invoice number (five to twelve digits), a ticket
 * number ({@code ARD-2026-000042}), a date ({@code 2026-03-01}, or {@code 03-01} and {@code 03}
 * without a year) and a small count ({@code 2}).
 */
public enum Entity {
    PHONE,
    DATA_SIZE,
    NETWORK,
    POSTCODE,
    PLACE,
    PAGE,
    INVOICE_NUMBER,
    TICKET_NUMBER,
    DATE,
    COUNT
}
