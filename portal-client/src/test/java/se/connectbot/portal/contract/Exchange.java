package se.connectbot.portal.contract;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One HTTP request and its response, as {@link OpenApiContract} checks them. Header names are
 * matched case-insensitively by the validator; a content type is taken from the
 * {@code Content-Type} header.
 *
 * @param path the request path as sent, with the {@code /api/v1} prefix and without the query
 */
public record Exchange(
        String method,
        String path,
        Map<String, List<String>> query,
        Map<String, List<String>> requestHeaders,
        byte @Nullable [] requestBody,
        int status,
        Map<String, List<String>> responseHeaders,
        byte @Nullable [] responseBody) {

    public Exchange {
        query = copy(query);
        requestHeaders = copy(requestHeaders);
        responseHeaders = copy(responseHeaders);
    }

    /** Starts an exchange: {@code Exchange.request("GET", "/api/v1/me").header(...).respond(200)...build()}. */
    public static Builder request(String method, String path) {
        return new Builder(method, path);
    }

    @Override
    public String toString() {
        return method + " " + path + (query.isEmpty() ? "" : " " + query) + " -> " + status;
    }

    private static Map<String, List<String>> copy(Map<String, List<String>> map) {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        map.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        return java.util.Collections.unmodifiableMap(copy);
    }

    /** Collects an exchange step by step. Not thread-safe. */
    public static final class Builder {
        private final String method;
        private final String path;
        private final Map<String, List<String>> query = new LinkedHashMap<>();
        private final Map<String, List<String>> requestHeaders = new LinkedHashMap<>();
        private byte @Nullable [] requestBody;
        private int status;
        private final Map<String, List<String>> responseHeaders = new LinkedHashMap<>();
        private byte @Nullable [] responseBody;

        private Builder(String method, String path) {
            this.method = method;
            this.path = path;
        }

        public Builder query(String name, String value) {
            query.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
            return this;
        }

        public Builder header(String name, String value) {
            requestHeaders.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
            return this;
        }

        /** A JSON request body, with its Content-Type. */
        public Builder json(String body) {
            header("Content-Type", "application/json");
            requestBody = body.getBytes(StandardCharsets.UTF_8);
            return this;
        }

        public Builder body(byte @Nullable [] body) {
            requestBody = body;
            return this;
        }

        public Builder respond(int responseStatus) {
            status = responseStatus;
            return this;
        }

        public Builder responseHeader(String name, String value) {
            responseHeaders.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
            return this;
        }

        /** A response body in the given content type. */
        public Builder responseBody(String contentType, byte @Nullable [] body) {
            responseHeader("Content-Type", contentType);
            responseBody = body;
            return this;
        }

        public Builder responseJson(String body) {
            return responseBody("application/json", body.getBytes(StandardCharsets.UTF_8));
        }

        public Exchange build() {
            if (status == 0) {
                throw new IllegalStateException("no response status for " + method + " " + path);
            }
            return new Exchange(method, path, query, requestHeaders, requestBody, status, responseHeaders, responseBody);
        }
    }
}
