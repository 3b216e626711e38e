package se.connectbot.core.housekeeping;

import java.util.List;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import se.connectbot.core.dialog.Dialogs;
import se.connectbot.core.linking.AccountLinking;

/**
 * Forgets what the bot no longer needs: replies kept past their retry window, old deliveries,
 * finished dialogs, expired sign-ins, and what every {@link Sweep} bean forgets. Plain deletes by
 * age. Not scheduled here: the application runs {@link #run()} once per period across all its
 * instances (the core owns no threads). Thread-safe.
 */
@Component
public final class Housekeeping {

    private static final Logger log = LoggerFactory.getLogger(Housekeeping.class);

    private final List<Sweep> sweeps;

    /** @param others every {@link Sweep} bean, the delivery log's among them */
    Housekeeping(Dialogs dialogs, AccountLinking linking, List<Sweep> others) {
        List<Sweep> own = List.of(dialogs::purge, linking::purgeExpiredSignIns);
        this.sweeps = Stream.concat(own.stream(), others.stream()).toList();
    }

    /** Runs every sweep, each on its own: one that fails is logged and runs again next time. Answers the rows forgotten. */
    public int run() {
        int purged = 0;
        for (Sweep sweep : sweeps) {
            purged += contained(sweep);
        }
        log.debug("Housekeeping forgot {} rows", purged);
        return purged;
    }

    private static int contained(Sweep sweep) {
        try {
            return sweep.sweep();
        } catch (RuntimeException e) {
            log.warn("A housekeeping sweep failed; it runs again later: {}", e.toString());
            return 0;
        }
    }
}
