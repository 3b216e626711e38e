package se.connectbot.core.topup;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import se.connectbot.portal.api.DataPackage;
import se.connectbot.portal.api.Order;
import se.connectbot.portal.api.ServiceSummary;

/**
 * A top-up in progress: the chosen subscription (or a search for one), the chosen package and,
 * once ordered, the order. Holds what the summary and result show, so they render without the
 * portal.
 */
record TopUpState(
        @Nullable String serviceId,
        @Nullable String phone,
        @Nullable String serviceName,
        @Nullable String search,
        @Nullable String packageId,
        @Nullable String packageName,
        @Nullable BigDecimal price,
        @Nullable String orderNumber,
        @Nullable LocalDate activation) {

    static final TopUpState EMPTY = new TopUpState(null, null, null, null, null, null, null, null, null);

    TopUpState withService(ServiceSummary service) {
        return new TopUpState(service.id(), service.phoneNumber(), service.name(), null, null, null, null, null, null);
    }

    TopUpState withSearch(String text) {
        return new TopUpState(null, null, null, text, null, null, null, null, null);
    }

    TopUpState withoutService() {
        return EMPTY;
    }

    TopUpState withPackage(DataPackage p) {
        return new TopUpState(serviceId, phone, serviceName, null, p.id(), p.name(), p.price(), null, null);
    }

    TopUpState withoutPackage() {
        return new TopUpState(serviceId, phone, serviceName, null, null, null, null, null, null);
    }

    TopUpState withOrder(Order order) {
        return new TopUpState(serviceId, phone, serviceName, null, packageId, packageName, order.price(), order.number(),
                order.expectedCompletion());
    }
}
