package se.connectbot.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.springframework.mock.web.MockHttpServletResponse;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** An answer of the API, with its body readable as JSON, as the contract's records, or as bytes. */
public record ApiResponse(int status, MockHttpServletResponse raw, byte[] bytes, String body) {

    public static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    public JsonNode json() {
        return JSON.readTree(body);
    }

    public <T> T as(Class<T> type) {
        return JSON.readValue(body, type);
    }

    public <T> T as(TypeReference<T> type) {
        return JSON.readValue(body, type);
    }

    /** The page's {@code nextCursor}, null when there is none (sent as null or left out). */
    public static String nextCursor(JsonNode page) {
        JsonNode cursor = page.path("nextCursor");
        return cursor.isNull() || cursor.isMissingNode() ? null : cursor.asString();
    }

    public String header(String name) {
        return raw.getHeader(name);
    }

    /** Asserts the status, showing the body when it differs. */
    public ApiResponse expect(int expected) {
        assertThat(status).as("status of a response with body %s", body).isEqualTo(expected);
        return this;
    }

    /** Asserts an RFC 9457 problem with this status. */
    public JsonNode problem(int expected) {
        expect(expected);
        assertThat(raw.getContentType()).as("content type").startsWith("application/problem+json");
        JsonNode problem = json();
        assertThat(problem.path("status").asInt()).isEqualTo(expected);
        assertThat(problem.path("title").asString()).isNotBlank();
        return problem;
    }

    /** Asserts a 400 problem whose errors name {@code field}. */
    public JsonNode invalid(String field) {
        JsonNode problem = problem(400);
        List<String> fields = new ArrayList<>();
        problem.path("errors").forEach(error -> fields.add(error.path("field").asString()));
        assertThat(fields).as("fields refused in %s", body).contains(field);
        return problem;
    }

    /** Asserts a 403 problem naming the missing right. */
    public void forbidden(String right) {
        assertThat(problem(403).path("right").asString()).as(body).isEqualTo(right);
    }
}
