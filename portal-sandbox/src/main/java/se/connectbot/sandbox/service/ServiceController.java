package se.connectbot.sandbox.service;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.YearMonth;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import se.connectbot.portal.api.Page;
import se.connectbot.portal.api.Right;
import se.connectbot.portal.api.ServiceDetail;
import se.connectbot.portal.api.ServiceKind;
import se.connectbot.portal.api.ServiceStatus;
import se.connectbot.portal.api.ServiceSummary;
import se.connectbot.sandbox.account.AccountRange;
import se.connectbot.sandbox.account.AccountScopes;
import se.connectbot.sandbox.user.PortalUser;
import se.connectbot.sandbox.web.ApiId;
import se.connectbot.sandbox.web.InvalidInputException;
import se.connectbot.sandbox.web.NotFoundException;
import se.connectbot.sandbox.web.Paging;
import se.connectbot.sandbox.web.SingleLine;

/** The services list and one service; both need {@link Right#VIEW_SERVICES}. */
@RestController
@RequestMapping("/api/v1/services")
class ServiceController {

    private final ServiceRepository services;
    private final AccountScopes scopes;
    private final Clock clock;

    ServiceController(ServiceRepository services, AccountScopes scopes, Clock clock) {
        this.services = services;
        this.scopes = scopes;
        this.clock = clock;
    }

    @GetMapping
    Page<ServiceSummary> services(
            PortalUser user,
            @RequestParam(required = false) @Nullable ServiceStatus status,
            @RequestParam(required = false) @ApiId @Nullable String accountId,
            @RequestParam(defaultValue = "true") boolean includeSubAccounts,
            @RequestParam(required = false) @Nullable ServiceKind kind,
            @RequestParam(required = false) @Size(max = 200) @SingleLine @Nullable String q,
            @RequestParam(required = false) @Size(max = 30) @Nullable String phoneNumber,
            @RequestParam(required = false) @Size(max = 40) @Nullable String sort,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(Paging.MAX_SIZE) int size) {
        user.require(Right.VIEW_SERVICES);
        String orderBy = ServiceSort.orderBy(sort);
        ServiceFilter filter = new ServiceFilter(status == null ? ServiceStatus.ACTIVE : status, kind, blankToNull(q),
                phoneNumber == null || phoneNumber.isBlank() ? null : e164(phoneNumber));
        AccountRange range = scopes.range(user, blankToNull(accountId), includeSubAccounts);
        Paging paging = new Paging(page, size);
        return paging.page(services.list(range, filter, orderBy, paging), services.count(range, filter));
    }

    @GetMapping("/{serviceId}")
    ServiceDetail service(PortalUser user, @PathVariable @ApiId String serviceId) {
        user.require(Right.VIEW_SERVICES);
        ServiceSummary summary = services.find(scopes.all(user), serviceId)
                .orElseThrow(() -> new NotFoundException("Service", serviceId));
        return detail(summary);
    }

    private ServiceDetail detail(ServiceSummary summary) {
        String id = summary.id();
        if (summary.kind() == ServiceKind.BROADBAND) {
            return new ServiceDetail(summary, services.broadband(id, clock.instant()).orElseThrow(), null, null, null);
        }
        if (summary.kind() == ServiceKind.MOBILE) {
            ServiceDetail.Mobile mobile = MobileUsage.read(String.valueOf(summary.phoneNumber()),
                    services.mobile(id).orElseThrow(), YearMonth.now(clock));
            return new ServiceDetail(summary, null, mobile, null, null);
        }
        String mainNumber = String.valueOf(summary.phoneNumber());
        if (summary.kind() == ServiceKind.CLOUD_PBX) {
            return new ServiceDetail(summary, null, null, new ServiceDetail.CloudPbx(mainNumber, services.numbers(id)), null);
        }
        int channels = services.sipChannels(id).orElseThrow();
        return new ServiceDetail(summary, null, null, null, new ServiceDetail.SipTrunk(mainNumber, channels, services.numbers(id)));
    }

    private static String e164(String phoneNumber) {
        return PhoneNumbers.toE164(phoneNumber).orElseThrow(() -> InvalidInputException.of("phoneNumber",
                "must be a Swedish phone number such as +46701234567 or 0701234567 but was '" + phoneNumber + "'"));
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
