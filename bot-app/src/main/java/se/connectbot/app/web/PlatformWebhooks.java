package se.connectbot.app.web;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The filter chain of a platform's webhook: the platform signs every request and its adapter
 * checks that signature over the raw body, so Spring Security only lets it through — nothing may
 * read request parameters first (the CSRF filter would, and would refuse the platform's POSTs),
 * and the platform keeps no cookies, so no session is made for it.
 */
public final class PlatformWebhooks {

    private PlatformWebhooks() {
    }

    public static SecurityFilterChain chain(HttpSecurity http, String paths) throws Exception {
        return http
                .securityMatcher(paths)
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(AbstractHttpConfigurer::disable)
                .securityContext(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .httpBasic(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .build();
    }
}
