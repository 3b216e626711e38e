package se.connectbot.core.housekeeping;

/**
 * One thing that {@link Housekeeping} forgets when it runs: old rows of a capability or an
 * adapter (the delivery log's, a platform's {@code response_url} uses). Declare it as a bean;
 * a sweep that fails is logged and the others still run. It may run on any instance of the bot,
 * never on two at once for the same run, so plain deletes by age are enough.
 */
@FunctionalInterface
public interface Sweep {

    /** Deletes what is no longer needed; answers how many rows went. */
    int sweep();
}
