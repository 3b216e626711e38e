package se.connectbot.portal.client;

import tools.jackson.databind.json.JsonMapper;

/** The client's own JSON mapping, for tests that need the wire form of a record. */
public final class PortalJsonForTests {

    private static final JsonMapper JSON = HttpParts.json();

    private PortalJsonForTests() {
    }

    /** The record as the client would send it, and as the portal must send it. */
    public static String write(Object value) {
        return JSON.writeValueAsString(value);
    }

    public static <T> T read(String json, Class<T> type) {
        return JSON.readValue(json, type);
    }
}
