package se.connectbot.app.webchat;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;

class NewSessionLimitTest {

    private final AtomicLong nanos = new AtomicLong();
    private final NewSessionLimit limit = new NewSessionLimit(3, nanos::get);

    @Test
    void refusesTheNewSessionsOfAnAddressPastItsCapWith429InSwedish() throws Exception {
        for (int i = 0; i < 3; i++) {
            assertThat(newSessionFrom("203.0.113.7", null).getStatus()).isEqualTo(200);
        }

        MockHttpServletResponse refused = newSessionFrom("203.0.113.7", null);

        assertThat(refused.getStatus()).isEqualTo(429);
        assertThat(refused.getHeader("Retry-After")).isEqualTo("60");
        assertThat(refused.getContentType()).startsWith("application/problem+json");
        assertThat(refused.getContentAsString()).contains("För många nya chattar från din adress");
    }

    @Test
    void answersInEnglishWhenTheBrowserAsksForIt() throws Exception {
        for (int i = 0; i < 3; i++) {
            newSessionFrom("203.0.113.8", "en-GB,en;q=0.9");
        }

        assertThat(newSessionFrom("203.0.113.8", "en-GB,en;q=0.9").getContentAsString()).contains("Too many new chats from your address");
    }

    @Test
    void countsNeitherRequestsOfALiveSessionNorOtherAddresses() throws Exception {
        for (int i = 0; i < 3; i++) {
            newSessionFrom("203.0.113.9", null);
        }
        MockHttpServletRequest live = request("203.0.113.9", null);
        live.setSession(new MockHttpSession());

        assertThat(run(live).getStatus()).isEqualTo(200);
        assertThat(newSessionFrom("198.51.100.1", null).getStatus()).isEqualTo(200);
    }

    @Test
    void allowsNewSessionsAgainAfterAMinute() throws Exception {
        for (int i = 0; i < 4; i++) {
            newSessionFrom("203.0.113.10", null);
        }

        nanos.addAndGet(Duration.ofSeconds(61).toNanos());

        assertThat(newSessionFrom("203.0.113.10", null).getStatus()).isEqualTo(200);
    }

    private MockHttpServletResponse newSessionFrom(String address, String acceptLanguage) throws Exception {
        return run(request(address, acceptLanguage));
    }

    private MockHttpServletResponse run(MockHttpServletRequest request) throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        limit.doFilter(request, response, new MockFilterChain());
        return response;
    }

    private static MockHttpServletRequest request(String address, String acceptLanguage) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/chat/session");
        request.setRemoteAddr(address);
        if (acceptLanguage != null) {
            request.addHeader("Accept-Language", acceptLanguage);
        }
        return request;
    }
}
