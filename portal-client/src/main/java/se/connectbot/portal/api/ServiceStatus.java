package se.connectbot.portal.api;

/** The lifecycle of a service; the services list shows only ACTIVE by default. */
public enum ServiceStatus {
    ACTIVE,
    PENDING,
    TERMINATED
}
