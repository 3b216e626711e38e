package se.connectbot.sandbox.outage;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import se.connectbot.portal.api.Outage;
import se.connectbot.sandbox.idempotency.Idempotent;
import se.connectbot.sandbox.user.CurrentUsers;
import se.connectbot.sandbox.web.ApiId;

/**
 * The operator's tools to publish, update and resolve outages, with the operator's own
 * client-credentials token (scope {@code outages.write}).
 */
@RestController
@RequestMapping("/api/v1/operator/outages")
class OperatorController {

    static final String WRITE_SCOPE = "outages.write";

    private final OutageDesk desk;
    private final CurrentUsers callers;

    OperatorController(OutageDesk desk, CurrentUsers callers) {
        this.desk = desk;
        this.callers = callers;
    }

    @PostMapping
    ResponseEntity<Outage> publish(
            Authentication authentication,
            @RequestHeader("Idempotency-Key") @Size(min = 1, max = 200) @Pattern(regexp = "[\\x21-\\x7E]+") String idempotencyKey,
            @RequestBody @Valid OutageBodies.NewOutageBody body) {
        String client = callers.client(authentication, WRITE_SCOPE);
        Idempotent<Outage> outage = desk.publish(client, body, idempotencyKey);
        return ResponseEntity.status(outage.created() ? HttpStatus.CREATED : HttpStatus.OK)
                .location(URI.create("/api/v1/outages/" + outage.result().id()))
                .body(outage.result());
    }

    @PatchMapping("/{outageId}")
    Outage change(Authentication authentication, @PathVariable @ApiId String outageId, @RequestBody @Valid OutageBodies.PatchBody body) {
        callers.client(authentication, WRITE_SCOPE);
        return desk.change(outageId, body);
    }

    @PostMapping("/{outageId}/resolve")
    Outage resolve(
            Authentication authentication,
            @PathVariable @ApiId String outageId,
            @RequestHeader("Idempotency-Key") @Size(min = 1, max = 200) @Pattern(regexp = "[\\x21-\\x7E]+") String idempotencyKey,
            @RequestBody(required = false) @Valid OutageBodies.@Nullable ResolutionBody body) {
        String client = callers.client(authentication, WRITE_SCOPE);
        return desk.resolve(client, outageId, body == null ? null : body.update(), idempotencyKey).result();
    }
}
