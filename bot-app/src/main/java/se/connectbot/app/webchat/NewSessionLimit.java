package se.connectbot.app.webchat;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.util.StringUtils;
import org.springframework.web.filter.OncePerRequestFilter;
import se.connectbot.core.i18n.Language;
import se.connectbot.core.i18n.Messages;

/**
 * At most {@code connectbot.web-chat.new-sessions-per-minute} new web chat sessions per client
 * address and minute: a request to the chat's endpoints that arrives without a live session (and
 * so would make one, each a row in PostgreSQL) is refused with 429 past that, in the visitor's
 * language. The address is the request's remote address, which honours {@code X-Forwarded-For}
 * only when {@code server.forward-headers-strategy} says a proxy in front is trusted; otherwise
 * anyone could claim any address.
 *
 * <p>Counted in this instance's memory, per fixed one-minute window from an address's first new
 * session: with several instances an address may open that many on each, which is still a cap.
 * Thread-safe. Runs after Spring Session's filter, whose session it asks about.
 */
final class NewSessionLimit extends OncePerRequestFilter {

    static final Duration WINDOW = Duration.ofMinutes(1);

    private final int perMinute;
    private final Cache<String, AtomicInteger> windows;

    NewSessionLimit(int perMinute, Ticker ticker) {
        this.perMinute = perMinute;
        this.windows = Caffeine.newBuilder().expireAfterWrite(WINDOW).maximumSize(100_000).ticker(ticker).build();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getSession(false) == null && !allowNewSession(request.getRemoteAddr())) {
            refuse(request, response);
            return;
        }
        chain.doFilter(request, response);
    }

    /** Counts a new session for {@code address}; false once the address is over its cap. */
    boolean allowNewSession(String address) {
        AtomicInteger started = windows.get(address, a -> new AtomicInteger());
        return started.incrementAndGet() <= perMinute;
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String text = Messages.of(language(request)).get("webchat.too.many.sessions");
        response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
        response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(WINDOW.toSeconds()));
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Too Many Requests\",\"status\":429,\"detail\":\""
                + json(text) + "\"}");
    }

    /** The browser's language if it states one we speak; Swedish otherwise (the container would say its own default). */
    static Language language(HttpServletRequest request) {
        if (!StringUtils.hasText(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE))) {
            return Language.DEFAULT;
        }
        return Language.of(request.getLocale()).orElse(Language.DEFAULT);
    }

    // our own bundle text, but escaped all the same
    private static String json(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
