package se.connectbot.sandbox.auth;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.oauth2.server.resource.web.access.BearerTokenAccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.AuthenticationEntryPoint;
import tools.jackson.databind.json.JsonMapper;

/**
 * The API's refusals at the security layer, as the contract has them: {@code 401} and
 * {@code 403} in {@code application/problem+json} (RFC 9457), with Spring's
 * {@code WWW-Authenticate: Bearer ...} header (RFC 6750). Problem types match the controllers'
 * ({@code .../not-signed-in}, {@code .../insufficient-scope}). Never echoes the token. Thread-safe.
 */
final class ApiProblems implements AuthenticationEntryPoint, AccessDeniedHandler {

    static final String TYPE_BASE = "https://connectbot.se/problems/";

    private final BearerTokenAuthenticationEntryPoint bearerEntryPoint = new BearerTokenAuthenticationEntryPoint();
    private final BearerTokenAccessDeniedHandler bearerAccessDenied = new BearerTokenAccessDeniedHandler();
    private final JsonMapper json = JsonMapper.builder().build();

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
            throws IOException {
        bearerEntryPoint.commence(request, response, failure);
        String detail = failure instanceof InvalidBearerTokenException
                ? "The access token is invalid, expired or revoked; sign in again or refresh it"
                : "This needs an access token (Authorization: Bearer ...)";
        write(request, response, HttpServletResponse.SC_UNAUTHORIZED, "not-signed-in", "Not signed in", detail);
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException {
        bearerAccessDenied.handle(request, response, denied);
        List<String> accepted = ApiScopes.acceptedAt(pathOf(request));
        String detail = accepted.isEmpty()
                ? "No token may use this path"
                : "This needs a token with the scope '" + String.join("' or '", accepted) + "'";
        write(request, response, HttpServletResponse.SC_FORBIDDEN, "insufficient-scope", "Insufficient scope", detail);
    }

    private void write(HttpServletRequest request, HttpServletResponse response, int status, String type,
            String title, String detail) throws IOException {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", TYPE_BASE + type);
        problem.put("title", title);
        problem.put("status", status);
        problem.put("detail", detail);
        problem.put("instance", request.getRequestURI());
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), problem);
    }

    private static String pathOf(HttpServletRequest request) {
        String uri = request.getRequestURI();
        String context = request.getContextPath();
        return uri.startsWith(context) ? uri.substring(context.length()) : uri;
    }
}
