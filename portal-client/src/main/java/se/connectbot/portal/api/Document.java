package se.connectbot.portal.api;

/** A file the portal hands out, such as an invoice PDF. */
public record Document(String fileName, String contentType, byte[] content) {
}
