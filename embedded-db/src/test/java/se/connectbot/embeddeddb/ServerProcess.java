package se.connectbot.embeddeddb;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;

/**
 * A JVM of its own that starts the embedded server on the data directory given as its argument,
 * prints {@code READY <jdbc url>}, and runs until its standard input closes (then it stops the
 * server on the way out, as a normal exit does) or it is killed.
 */
public final class ServerProcess {

    private ServerProcess() {
    }

    public static void main(String[] args) throws IOException {
        EmbeddedDatabase database = EmbeddedPostgresServer.database(Path.of(args[0]), "crash_restart");
        System.out.println("READY " + database.url());
        System.out.flush();
        System.in.transferTo(OutputStream.nullOutputStream());
        System.exit(0);
    }
}
