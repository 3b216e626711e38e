package se.connectbot.core.rights;

import java.util.Objects;
import se.connectbot.portal.api.Right;

/** Whether a user may do something and, if not, the right they lack. */
public sealed interface Decision {

    static Decision allowed() {
        return Allowed.INSTANCE;
    }

    static Decision denied(Right missing) {
        return new Denied(missing);
    }

    default boolean isAllowed() {
        return this instanceof Allowed;
    }

    /** The user may. */
    enum Allowed implements Decision { INSTANCE }

    /** The user may not, for want of {@code missing}. */
    record Denied(Right missing) implements Decision {
        public Denied {
            Objects.requireNonNull(missing, "missing");
        }
    }
}
