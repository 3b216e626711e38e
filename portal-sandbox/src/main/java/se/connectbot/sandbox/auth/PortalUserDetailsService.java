package se.connectbot.sandbox.auth;

import java.util.List;
import java.util.Locale;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/**
 * Portal users ({@code portal_user}) as Spring Security users, for the login form. The username
 * is the e-mail address, matched without regard to case or surrounding blanks; the principal
 * name (and so every token's {@code sub}) is the stored, lower-case username. Passwords are in
 * {@code DelegatingPasswordEncoder} form. Thread-safe.
 */
final class PortalUserDetailsService implements UserDetailsService {

    private final JdbcOperations jdbc;

    PortalUserDetailsService(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        List<UserDetails> found = jdbc.query(
                "select username, password_hash, enabled from portal_user where username = ?",
                (rs, row) -> User.withUsername(rs.getString("username"))
                        .password(rs.getString("password_hash"))
                        .disabled(!rs.getBoolean("enabled"))
                        .authorities(List.of())
                        .build(),
                normalise(username));
        if (found.isEmpty()) {
            throw new UsernameNotFoundException("no portal user by that username");
        }
        return found.get(0);
    }

    /** The stored form of a username: an e-mail address in lower case. */
    static String normalise(String username) {
        return username.strip().toLowerCase(Locale.ROOT);
    }
}
