package se.connectbot.teams.bot;

import java.util.Objects;

/** A conversation the bot posts into: its service URL, tenant and id, and whether it is a 1:1 chat. */
record Where(String serviceUrl, String tenantId, String conversationId, boolean personal) {

    Where {
        Objects.requireNonNull(serviceUrl, "serviceUrl");
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(conversationId, "conversationId");
    }

    static Where of(Incoming incoming) {
        return new Where(incoming.serviceUrl(), incoming.tenantId(), incoming.conversationId(), !incoming.shared());
    }
}
