package se.connectbot.sandbox.demo;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import se.connectbot.portal.api.Order;
import se.connectbot.portal.api.ServiceKind;
import se.connectbot.portal.api.ServiceStatus;

/**
 * The order history the services imply: a NEW_SERVICE order for every service started in the
 * last two years (still in progress for pending ones), a TERMINATION for every terminated one,
 * now and then a CHANGE_SERVICE or a TOP_UP, and a few changes just received. Numbered in the
 * order they were placed.
 */
final class OrderGenerator {

    private final DemoContext demo;
    private final List<Draft> drafts = new ArrayList<>();

    OrderGenerator(DemoContext demo) {
        this.demo = demo;
    }

    /** @return how many orders were made, for the number sequence to go on from */
    int generate(List<DemoModel.Svc> services) {
        LocalDate twoYearsAgo = demo.today.minusYears(2);
        for (DemoModel.Svc service : services) {
            if (service.status() == ServiceStatus.PENDING) {
                boolean started = service.startDate().isBefore(demo.today.plusDays(20));
                add(service, Order.OrderKind.NEW_SERVICE, started ? Order.OrderStatus.IN_PROGRESS : Order.OrderStatus.RECEIVED,
                        "Ny tjänst: " + service.name(), setupFee(service.kind()), at(demo.today.minusDays(demo.between(3, 20))),
                        service.startDate());
            } else if (service.startDate().isAfter(twoYearsAgo)) {
                add(service, Order.OrderKind.NEW_SERVICE, Order.OrderStatus.COMPLETED, "Ny tjänst: " + service.name(),
                        setupFee(service.kind()), at(service.startDate().minusDays(demo.between(7, 30))), service.startDate());
            }
            if (service.status() == ServiceStatus.TERMINATED && service.endDate() != null && service.endDate().isAfter(twoYearsAgo)) {
                add(service, Order.OrderKind.TERMINATION, Order.OrderStatus.COMPLETED, "Uppsägning: " + service.name(),
                        BigDecimal.ZERO.setScale(2), at(service.endDate().minusDays(demo.between(30, 90))), service.endDate());
            }
            if (service.kind() == ServiceKind.MOBILE && service.status() == ServiceStatus.ACTIVE) {
                mobileOrders(service);
            }
        }
        drafts.sort(Comparator.comparing(Draft::createdAt).thenComparing(draft -> draft.service().id()));
        int number = 0;
        for (Draft draft : drafts) {
            number++;
            write(draft, number);
        }
        return number;
    }

    private void mobileOrders(DemoModel.Svc service) {
        if (demo.chance(0.05)) {
            LocalDate done = demo.today.minusDays(demo.between(10, 600));
            add(service, Order.OrderKind.CHANGE_SERVICE, Order.OrderStatus.COMPLETED, "Byte av abonnemang för " + service.phoneNumber(),
                    BigDecimal.ZERO.setScale(2), at(done.minusDays(3)), done);
        } else if (demo.chance(0.01)) {
            add(service, Order.OrderKind.CHANGE_SERVICE, Order.OrderStatus.RECEIVED, "Byte av abonnemang för " + service.phoneNumber(),
                    BigDecimal.ZERO.setScale(2), demo.now.minus(demo.between(1, 48), ChronoUnit.HOURS), demo.today.plusDays(demo.between(1, 5)));
        }
        if (demo.chance(0.08)) {
            int gb = demo.pick(List.of(1, 3, 5, 10));
            BigDecimal price = switch (gb) {
                case 1 -> new BigDecimal("49.00");
                case 3 -> new BigDecimal("99.00");
                case 5 -> new BigDecimal("149.00");
                default -> new BigDecimal("249.00");
            };
            Instant when = demo.now.minus(demo.between(2, 120), ChronoUnit.DAYS);
            add(service, Order.OrderKind.TOP_UP, Order.OrderStatus.COMPLETED, "Extra " + gb + " GB till " + service.phoneNumber(),
                    price, when, LocalDate.ofInstant(when, demo.zone));
        }
    }

    private static BigDecimal setupFee(ServiceKind kind) {
        return switch (kind) {
            case BROADBAND -> new BigDecimal("2495.00");
            case CLOUD_PBX -> new BigDecimal("1495.00");
            case SIP_TRUNK -> new BigDecimal("995.00");
            case MOBILE -> BigDecimal.ZERO.setScale(2);
        };
    }

    private Instant at(LocalDate day) {
        return day.atTime(LocalTime.of(demo.between(7, 17), demo.between(0, 59))).atZone(demo.zone).toInstant();
    }

    private void add(DemoModel.Svc service, Order.OrderKind kind, Order.OrderStatus status, String description, BigDecimal price,
            Instant createdAt, @Nullable LocalDate expected) {
        Instant placed = createdAt.isAfter(demo.now) ? demo.now.minus(1, ChronoUnit.HOURS) : createdAt;
        drafts.add(new Draft(service, kind, status, description, price, placed, expected, demo.pick(service.account().org().staff())));
    }

    private void write(Draft draft, int number) {
        String id = demo.nextId("ord", 100001);
        int year = LocalDate.ofInstant(draft.createdAt(), demo.zone).getYear();
        demo.tables.orders.add(id, String.format(Locale.ROOT, "ORD-%d-%06d", year, number), draft.kind().name(),
                draft.status().name(), draft.service().account().id(), draft.service().id(), draft.description(), draft.price(),
                draft.createdAt(), draft.expected(), null, draft.createdBy());
    }

    private record Draft(DemoModel.Svc service, Order.OrderKind kind, Order.OrderStatus status, String description,
            BigDecimal price, Instant createdAt, @Nullable LocalDate expected, String createdBy) {
    }
}
