package se.connectbot.slack.inbound;

import com.slack.api.bolt.App;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.RequestHeaders;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.util.SlackRequestParser;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import com.google.gson.JsonParseException;
import com.slack.api.app_backend.SlackSignature;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import se.connectbot.slack.deliver.ResponseUrls;

/**
 * Slack's HTTP face: slash commands, interactivity and the Events API on {@code POST /slack/events},
 * and the OAuth install flow on {@code GET /slack/install} and {@code GET /slack/oauth_redirect}.
 * The body is read raw, byte for byte, before anything parses it, because the signature is
 * computed over exactly those bytes; it is checked first ({@link SignedRequestCheck}: signing
 * secret, timestamp within 5 minutes either way), so a forged, stale or future-dated request gets
 * 401 and never reaches a parser or the core. A signed body that is not what Slack sends (bad
 * form encoding, JSON that is not an object, a payload without what its listener reads) gets 400
 * and a warning, never a server error. A {@code response_url} off Slack's hosts is dropped here,
 * before Bolt or a listener could post to it; the answer then goes through the Web API.
 * No filter in front of this path may read request parameters (Spring Security's CSRF filter
 * does: turn it off for {@code /slack/**}).
 */
@RestController
public class SlackEventsController {

    private static final Logger log = LoggerFactory.getLogger(SlackEventsController.class);

    private final App app;
    private final SlackRequestParser parser;
    private final SignedRequestCheck signed;
    private final ResponseUrls responseUrls;

    public SlackEventsController(App app, Clock clock, ResponseUrls responseUrls) {
        this.app = app;
        this.responseUrls = responseUrls;
        this.parser = new SlackRequestParser(app.config());
        this.signed = new SignedRequestCheck(app.config().getSigningSecret(), clock);
    }

    @PostMapping("/slack/events")
    public ResponseEntity<String> events(HttpServletRequest request) throws IOException {
        String body = new String(request.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        Optional<SignedRequestCheck.Refusal> refusal = signed.check(
                request.getHeader(SlackSignature.HeaderNames.X_SLACK_REQUEST_TIMESTAMP),
                request.getHeader(SlackSignature.HeaderNames.X_SLACK_SIGNATURE), body);
        if (refusal.isPresent()) {
            log.warn("Refused a request to /slack/events from {}: {}", request.getRemoteAddr(), refusal.get());
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED).contentType(MediaType.APPLICATION_JSON)
                    .body("{\"error\":\"invalid request\"}");
        }
        Optional<String> problem = PayloadShapes.problem(body);
        if (problem.isPresent()) {
            return malformed(request, problem.get());
        }
        return run(request, body);
    }

    @GetMapping({"/slack/install", "/slack/oauth_redirect"})
    public ResponseEntity<String> oauth(HttpServletRequest request) {
        if (!app.config().isDistributedApp()) {
            return ResponseEntity.notFound().build();
        }
        return run(request, "");
    }

    private ResponseEntity<String> run(HttpServletRequest http, String body) {
        Request<?> request;
        try {
            request = parser.parse(SlackRequestParser.HttpRequest.builder()
                    .requestUri(http.getRequestURI())
                    .queryString(query(http))
                    .headers(new RequestHeaders(headers(http)))
                    .requestBody(body)
                    .remoteAddress(http.getRemoteAddr())
                    .build());
        } catch (RuntimeException e) {
            // the exception's message may quote the body: its type is enough to know what broke
            return malformed(http, "unparseable (" + e.getClass().getSimpleName() + ")");
        }
        if (request == null) {
            return malformed(http, "of no kind Slack sends");
        }
        Optional<String> problem = PayloadShapes.problem(request);
        if (problem.isPresent()) {
            return malformed(http, problem.get());
        }
        dropForeignResponseUrl(request);
        try {
            return toEntity(app.run(request));
        } catch (JsonParseException e) {
            // Bolt reads an event's fields only when it dispatches: a field of the wrong type fails there
            return malformed(http, "a field of the wrong type in a " + request.getRequestType() + " request");
        } catch (Exception e) {
            log.error("Bolt failed on a {} request", request.getRequestType(), e);
            return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR).build();
        }
    }

    private void dropForeignResponseUrl(Request<?> request) {
        String url = request.getResponseUrl();
        if (url == null || responseUrls.allows(url)) {
            return;
        }
        log.warn("Ignoring a response_url to {} in a {} request: not one of Slack's hosts", ResponseUrls.hostOf(url),
                request.getRequestType());
        if (request instanceof SlashCommandRequest command) {
            command.getPayload().setResponseUrl(null);
            command.getContext().setResponseUrl(null);
        } else if (request instanceof BlockActionRequest action) {
            action.getPayload().setResponseUrl(null);
            action.getContext().setResponseUrl(null);
        }
    }

    private static ResponseEntity<String> malformed(HttpServletRequest http, String what) {
        log.warn("Refused a malformed Slack request to {} from {}: {}", http.getRequestURI(), http.getRemoteAddr(), what);
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_JSON).body("{\"error\":\"malformed request\"}");
    }

    private static ResponseEntity<String> toEntity(Response response) {
        HttpHeaders headers = new HttpHeaders();
        if (response.getHeaders() != null) {
            response.getHeaders().forEach(headers::addAll);
        }
        if (response.getContentType() != null) {
            headers.setContentType(MediaType.parseMediaType(response.getContentType()));
        }
        return ResponseEntity.status(response.getStatusCode()).headers(headers).body(response.getBody());
    }

    private static Map<String, List<String>> headers(HttpServletRequest http) {
        Map<String, List<String>> headers = new HashMap<>();
        for (String name : Collections.list(http.getHeaderNames())) {
            headers.put(name, Collections.list(http.getHeaders(name)));
        }
        return headers;
    }

    /** The query string only: getParameterMap() would read a form body and spoil the signature. */
    private static Map<String, List<String>> query(HttpServletRequest http) {
        Map<String, List<String>> query = new HashMap<>();
        String raw = http.getQueryString();
        if (raw == null || raw.isEmpty()) {
            return query;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            String key = decode(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
            query.computeIfAbsent(key, k -> new java.util.ArrayList<>()).add(value);
        }
        return query;
    }

    private static String decode(String s) {
        return java.net.URLDecoder.decode(s, StandardCharsets.UTF_8);
    }
}
