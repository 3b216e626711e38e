package se.connectbot.portal.client;

import java.net.URI;
import org.jspecify.annotations.Nullable;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.service.annotation.HttpExchange;
import org.springframework.web.service.annotation.PostExchange;

/** The token and revocation endpoints (RFC 6749, RFC 7009); their URLs come with each call. */
@HttpExchange(accept = "application/json")
interface OAuthHttp {

    @PostExchange(contentType = "application/x-www-form-urlencoded")
    @Nullable TokenResponse token(URI tokenUrl, @RequestHeader(PortalHttp.AUTH) String clientAuthorization,
            @RequestBody MultiValueMap<String, String> form);

    @PostExchange(contentType = "application/x-www-form-urlencoded")
    void revoke(URI revocationUrl, @RequestHeader(PortalHttp.AUTH) String clientAuthorization,
            @RequestBody MultiValueMap<String, String> form);
}
