package se.connectbot.embeddeddb;

/**
 * Where and as whom an application reaches its database on the embedded server.
 *
 * @param url      JDBC URL over loopback, without credentials
 * @param username the server's superuser
 * @param password its generated password: never log it ({@link #toString()} leaves it out)
 */
public record EmbeddedDatabase(String url, String username, String password) {

    @Override
    public String toString() {
        return "EmbeddedDatabase[url=" + url + ", username=" + username + ", password=(hidden)]";
    }
}
