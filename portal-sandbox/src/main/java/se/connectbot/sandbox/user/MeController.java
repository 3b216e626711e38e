package se.connectbot.sandbox.user;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import se.connectbot.portal.api.Me;

/** {@code GET /me}: who the token's user is; needs no right. */
@RestController
@RequestMapping("/api/v1")
class MeController {

    @GetMapping("/me")
    Me me(PortalUser user) {
        return user.toMe();
    }
}
