package se.connectbot.core.rights;

import java.util.Comparator;
import org.springframework.stereotype.Component;
import se.connectbot.portal.api.Me;
import se.connectbot.portal.api.Right;

/**
 * The one place that decides whether a portal user may use a capability, naming the first
 * missing right in a fixed order so the explanation is stable. Stateless and thread-safe.
 */
@Component
public class RightsPolicy {

    public Decision decide(Me me, Capability capability) {
        return capability.rights().stream()
                .filter(right -> !me.has(right))
                .min(Comparator.comparingInt(Right::ordinal))
                .<Decision>map(Decision::denied)
                .orElse(Decision.allowed());
    }
}
