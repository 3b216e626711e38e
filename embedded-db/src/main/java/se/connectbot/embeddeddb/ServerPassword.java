package se.connectbot.embeddeddb;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;

/**
 * The password of the embedded server's {@code postgres} role, generated once per data directory
 * and kept beside it in {@code <data directory>.password}, readable by its owner only.
 *
 * <p>Beside, not inside: initdb refuses a data directory that is not empty, and it must read the
 * password from a file ({@code --pwfile}) so that the role never exists without one. Deleting the
 * data directory keeps the file, and a new data directory gets the same password: harmless.
 */
final class ServerPassword {

    private static final SecureRandom random = new SecureRandom();
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private ServerPassword() {
    }

    static Path fileFor(Path dataDirectory) {
        Path name = dataDirectory.getFileName();
        if (name == null) {
            throw new IllegalArgumentException("the embedded PostgreSQL's data directory must not be a root, but was " + dataDirectory);
        }
        return dataDirectory.resolveSibling(name + ".password");
    }

    /** 192 random bits, URL-safe base64: nothing that needs quoting in a file, a URL or SQL. */
    static String generate() {
        byte[] bytes = new byte[24];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The password in {@code file}, written first with a new one if there is none. */
    static String readOrCreate(Path file) {
        try {
            if (Files.exists(file)) {
                return read(file);
            }
            Path parent = file.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            Path written = writeOwnerOnly(Files.createTempFile(parent, ".password", ".tmp", ownerOnly(parent)), generate());
            try {
                Files.move(written, file); // whole or not at all: never an empty password file after a crash
            } catch (FileAlreadyExistsException raced) {
                Files.delete(written);
            }
            return read(file);
        } catch (IOException e) {
            throw new UncheckedIOException("could not keep the embedded PostgreSQL's password in " + file, e);
        }
    }

    /** A file for initdb's {@code --pwfile}, readable by its owner only; the caller deletes it. */
    static Path temporaryFile(String password) {
        try {
            Path folder = Path.of(System.getProperty("java.io.tmpdir"));
            return writeOwnerOnly(Files.createTempFile(folder, "epg-password", ".tmp", ownerOnly(folder)), password);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write a password file for initdb", e);
        }
    }

    private static String read(Path file) throws IOException {
        restrict(file);
        String password = Files.readString(file, StandardCharsets.UTF_8).trim();
        if (password.isEmpty()) {
            throw new IllegalStateException("the embedded PostgreSQL's password file " + file + " is empty");
        }
        return password;
    }

    private static Path writeOwnerOnly(Path file, String password) throws IOException {
        restrict(file);
        return Files.writeString(file, password, StandardCharsets.UTF_8);
    }

    private static void restrict(Path file) throws IOException {
        if (isPosix(file) && !Files.getPosixFilePermissions(file).equals(OWNER_ONLY)) {
            Files.setPosixFilePermissions(file, OWNER_ONLY);
        }
    }

    private static FileAttribute<?>[] ownerOnly(Path folder) {
        return isPosix(folder) ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(OWNER_ONLY)} : new FileAttribute<?>[0];
    }

    private static boolean isPosix(Path path) {
        return path.getFileSystem().supportedFileAttributeViews().contains("posix");
    }
}
