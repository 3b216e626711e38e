package se.connectbot.sandbox.service;

import org.springframework.stereotype.Component;
import se.connectbot.portal.api.ServiceStatus;
import se.connectbot.sandbox.account.AccountRange;

/** Counts services for other capabilities (the start page). Thread-safe. */
@Component
public class ServiceCounts {

    private final ServiceRepository services;

    ServiceCounts(ServiceRepository services) {
        this.services = services;
    }

    public long active(AccountRange range) {
        return services.count(range, new ServiceFilter(ServiceStatus.ACTIVE, null, null, null));
    }
}
