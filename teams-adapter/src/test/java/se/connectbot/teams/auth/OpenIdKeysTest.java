package se.connectbot.teams.auth;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.web.client.RestClient;

/** Requests with forged key ids cannot make us call Microsoft's metadata endpoint for each of them. */
class OpenIdKeysTest {

    private final WireMockServer metadata = new WireMockServer(options().dynamicPort());
    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-12-05T06:00:00Z"));
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    };

    @BeforeEach
    void start() {
        metadata.start();
        metadata.stubFor(get(urlPathEqualTo("/openidconfiguration")).willReturn(aResponse().withStatus(503)));
    }

    @AfterEach
    void stop() {
        metadata.stop();
    }

    @Test
    void whileTheMetadataIsUnreachableForgedKeyIdsFetchAtMostOnceAMinute() {
        OpenIdKeys keys = new OpenIdKeys(RestClient.create(), URI.create(metadata.baseUrl() + "/openidconfiguration"),
                new ObjectMapper(), clock);

        for (int i = 0; i < 20; i++) {
            assertThat(keys.find("forged-" + i)).isEmpty();
            now.set(now.get().plusMillis(500));
        }
        metadata.verify(1, getRequestedFor(urlPathEqualTo("/openidconfiguration")));

        now.set(now.get().plus(Duration.ofMinutes(1)));
        assertThat(keys.find("forged-again")).isEmpty();
        metadata.verify(2, getRequestedFor(urlPathEqualTo("/openidconfiguration")));
    }
}
