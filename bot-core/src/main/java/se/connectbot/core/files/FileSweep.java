package se.connectbot.core.files;

import org.springframework.stereotype.Component;
import se.connectbot.core.housekeeping.Sweep;

/** Housekeeping's share of the file store: files past their time. */
@Component
class FileSweep implements Sweep {

    private final FileStore files;

    FileSweep(FileStore files) {
        this.files = files;
    }

    @Override
    public int sweep() {
        return files.purgeExpired();
    }
}
