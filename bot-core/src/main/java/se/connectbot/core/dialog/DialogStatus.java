package se.connectbot.core.dialog;

/**
 * Where a stored dialog stands. Only ACTIVE ones take answers. SUBMITTING ones have begun their
 * portal write and take nothing else until it is known to be done (its body must not change, or
 * the idempotent retry would clash); SUBMITTED ones repeat their result.
 */
enum DialogStatus {
    ACTIVE, SUBMITTING, SUBMITTED, CANCELLED, EXPIRED;

    /** Still the user's dialog in its conversation (one at most, by a unique index). */
    boolean open() {
        return this == ACTIVE || this == SUBMITTING;
    }
}
