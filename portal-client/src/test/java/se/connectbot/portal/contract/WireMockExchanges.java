package se.connectbot.portal.contract;

import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.http.HttpHeaders;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns what WireMock served into {@link Exchange}s for {@link OpenApiContract}. */
public final class WireMockExchanges {

    private WireMockExchanges() {
    }

    /** The served request and the response WireMock gave. */
    public static Exchange from(ServeEvent event) {
        LoggedRequest request = event.getRequest();
        Map<String, List<String>> query = new LinkedHashMap<>();
        request.getQueryParams().forEach((name, parameter) -> query.put(name, parameter.values()));
        return new Exchange(
                request.getMethod().getName(),
                URI.create(request.getUrl()).getRawPath(),
                query,
                headers(request.getHeaders()),
                request.getBody(),
                event.getResponse().getStatus(),
                headers(event.getResponse().getHeaders()),
                event.getResponse().getBody());
    }

    private static Map<String, List<String>> headers(HttpHeaders headers) {
        Map<String, List<String>> map = new LinkedHashMap<>();
        if (headers != null) {
            for (HttpHeader header : headers.all()) {
                map.put(header.key(), new ArrayList<>(header.values()));
            }
        }
        return map;
    }
}
