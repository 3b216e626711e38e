package se.connectbot.sandbox;

import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** Requests to the API as one caller (or none), answered as {@link ApiResponse}s. */
public final class ApiCalls {

    private final MockMvc mvc;
    private final @Nullable String token;

    ApiCalls(MockMvc mvc, @Nullable String token) {
        this.mvc = mvc;
        this.token = token;
    }

    public ApiResponse get(String path) {
        return perform(MockMvcRequestBuilders.get(path).accept(MediaType.APPLICATION_JSON));
    }

    public ApiResponse getPdf(String path) {
        return perform(MockMvcRequestBuilders.get(path).accept(MediaType.APPLICATION_PDF));
    }

    /** A JSON POST with an Idempotency-Key, or without one when {@code key} is null. */
    public ApiResponse post(String path, @Nullable String key, String json) {
        MockHttpServletRequestBuilder request = MockMvcRequestBuilders.post(path).contentType(MediaType.APPLICATION_JSON).content(json)
                .accept(MediaType.APPLICATION_JSON);
        return perform(key == null ? request : request.header("Idempotency-Key", key));
    }

    public ApiResponse patch(String path, String json) {
        return perform(MockMvcRequestBuilders.patch(path).contentType(MediaType.APPLICATION_JSON).content(json).accept(MediaType.APPLICATION_JSON));
    }

    public ApiResponse perform(MockHttpServletRequestBuilder request) {
        if (token != null) {
            request.header(HttpHeaders.AUTHORIZATION, "Bearer " + token);
        }
        try {
            MvcResult result = mvc.perform(request).andReturn();
            return new ApiResponse(result.getResponse().getStatus(), result.getResponse(),
                    result.getResponse().getContentAsByteArray(), new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8));
        } catch (Exception e) {
            throw new IllegalStateException("request failed: " + request, e);
        }
    }
}
