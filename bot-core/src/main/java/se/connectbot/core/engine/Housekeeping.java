package se.connectbot.core.engine;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import se.connectbot.core.dialog.Dialogs;
import se.connectbot.core.files.FileStore;
import se.connectbot.core.linking.AccountLinking;

/**
 * Forgets what the bot no longer needs: replies kept past their retry window, old deliveries,
 * finished dialogs, expired sign-ins, delivered files past their time.
 * Plain deletes by age, safe to run on several instances at once.
 */
@Component
class Housekeeping {

    private static final Logger log = LoggerFactory.getLogger(Housekeeping.class);

    private final DeliveryLog deliveries;
    private final Dialogs dialogs;
    private final AccountLinking linking;
    private final FileStore files;

    Housekeeping(DeliveryLog deliveries, Dialogs dialogs, AccountLinking linking, FileStore files) {
        this.deliveries = deliveries;
        this.dialogs = dialogs;
        this.linking = linking;
        this.files = files;
    }

    // every few minutes: a delivery's sealed reply should not outlive its retry window by much
    @Scheduled(initialDelayString = "${connectbot.housekeeping.interval:PT5M}", fixedDelayString = "${connectbot.housekeeping.interval:PT5M}")
    void run() {
        try {
            int purged = deliveries.purge() + dialogs.purge() + linking.purgeExpiredSignIns() + files.purgeExpired();
            log.debug("Housekeeping forgot {} rows", purged);
        } catch (RuntimeException e) {
            log.warn("Housekeeping failed; it runs again later: {}", e.toString());
        }
    }
}
