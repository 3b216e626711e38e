package se.connectbot.sandbox.auth;

import java.util.List;
import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Which OAuth scopes each part of the API accepts, first match wins: the operator's endpoints
 * {@code outages.write}; the outages {@code portal} or {@code operations.read}; everything else
 * a user's {@code portal}. One list serves both the filter chain and the 403's explanation.
 */
final class ApiScopes {

    /** A path pattern and the scopes, any one of which admits a token. */
    record Rule(String pattern, List<String> scopes) {

        String[] authorities() {
            return scopes.stream().map(scope -> "SCOPE_" + scope).toArray(String[]::new);
        }

        boolean matches(String path) {
            return parsed().matches(PathContainer.parsePath(path));
        }

        private PathPattern parsed() {
            return PathPatternParser.defaultInstance.parse(pattern);
        }
    }

    static final List<Rule> RULES = List.of(
            new Rule("/api/v1/operator/**", List.of("outages.write")),
            new Rule("/api/v1/outages/**", List.of("portal", "operations.read")),
            new Rule("/api/v1/**", List.of("portal")));

    private ApiScopes() {
    }

    /** The scopes accepted at {@code path}; empty outside {@code /api/v1}. */
    static List<String> acceptedAt(String path) {
        return RULES.stream().filter(rule -> rule.matches(path)).findFirst().map(Rule::scopes).orElse(List.of());
    }
}
