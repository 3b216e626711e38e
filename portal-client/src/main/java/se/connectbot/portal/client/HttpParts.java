package se.connectbot.portal.client;

import java.net.URI;
import java.net.http.HttpClient;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.support.RestClientAdapter;
import org.springframework.web.service.invoker.HttpServiceProxyFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** The HTTP plumbing shared by one portal's clients: JSON, the RestClient, the HTTP interface proxies. */
final class HttpParts {

    final JsonMapper json;
    final Failures failures;
    private final HttpServiceProxyFactory proxies;

    HttpParts(PortalClientConfig config) {
        this.json = json();
        this.failures = new Failures(json, config.clock());
        this.proxies = HttpServiceProxyFactory.builderFor(RestClientAdapter.create(restClient(config, json))).build();
    }

    <S> S client(Class<S> type) {
        return proxies.createClient(type);
    }

    /** Jackson 3 with java.time as ISO strings (its default) and tolerant of unknown properties. */
    static JsonMapper json() {
        return JsonMapper.builder()
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .build();
    }

    private static RestClient restClient(PortalClientConfig config, JsonMapper json) {
        // HTTP/1.1: on plain http the JDK client would otherwise try an h2c upgrade, which some
        // servers and proxies handle badly; nothing here needs HTTP/2.
        HttpClient httpClient = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(config.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(httpClient);
        requests.setReadTimeout(config.readTimeout());
        URI api = config.apiUrl();
        return RestClient.builder()
                .baseUrl(api)
                .requestFactory(requests)
                .configureMessageConverters(converters -> converters
                        .registerDefaults()
                        .withJsonConverter(new JacksonJsonHttpMessageConverter(json)))
                .build();
    }
}
