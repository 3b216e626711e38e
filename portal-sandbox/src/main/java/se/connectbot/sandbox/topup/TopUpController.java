package se.connectbot.sandbox.topup;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import se.connectbot.portal.api.DataPackage;
import se.connectbot.portal.api.Order;
import se.connectbot.portal.api.Right;
import se.connectbot.sandbox.idempotency.Idempotent;
import se.connectbot.sandbox.user.PortalUser;
import se.connectbot.sandbox.web.ApiId;

/**
 * The packages of a subscription and ordering one; both need {@link Right#ORDER_SERVICES}
 * (the packages are the first step of an order). A first order answers 201, a repeat with
 * the same Idempotency-Key and body 200 with the same order.
 */
@RestController
@RequestMapping("/api/v1/services/{serviceId}")
class TopUpController {

    private final TopUps topUps;

    TopUpController(TopUps topUps) {
        this.topUps = topUps;
    }

    @GetMapping("/topup-packages")
    List<DataPackage> packages(PortalUser user, @PathVariable @ApiId String serviceId) {
        user.require(Right.ORDER_SERVICES);
        return topUps.offered(user, serviceId);
    }

    @PostMapping("/topups")
    ResponseEntity<Order> order(
            PortalUser user,
            @PathVariable @ApiId String serviceId,
            @RequestHeader("Idempotency-Key") @Size(min = 1, max = 200) @Pattern(regexp = "[\\x21-\\x7E]+") String idempotencyKey,
            @RequestBody @Valid TopUpBody body) {
        user.require(Right.ORDER_SERVICES);
        Idempotent<Order> order = topUps.order(user, serviceId, String.valueOf(body.packageId()), idempotencyKey);
        return ResponseEntity.status(order.created() ? HttpStatus.CREATED : HttpStatus.OK)
                .location(URI.create("/api/v1/orders/" + order.result().id()))
                .body(order.result());
    }
}
