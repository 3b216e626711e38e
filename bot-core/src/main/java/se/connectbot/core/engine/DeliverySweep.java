package se.connectbot.core.engine;

import org.springframework.stereotype.Component;
import se.connectbot.core.housekeeping.Sweep;

/** Housekeeping's share of the delivery log: replies past their retry window, deliveries past de-duplication. */
@Component
class DeliverySweep implements Sweep {

    private final DeliveryLog deliveries;

    DeliverySweep(DeliveryLog deliveries) {
        this.deliveries = deliveries;
    }

    @Override
    public int sweep() {
        return deliveries.purge();
    }
}
