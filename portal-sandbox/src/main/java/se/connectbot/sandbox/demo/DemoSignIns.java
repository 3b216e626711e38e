package se.connectbot.sandbox.demo;

import java.util.List;

/**
 * The demo users one signs in as, for a bot that starts this sandbox in its own process to tell
 * the person starting the demo (the README lists the same users). The password is the demo's
 * published one, the same for every demo user; it guards nothing but generated data.
 */
public final class DemoSignIns {

    public static final String PASSWORD = DemoUsers.PASSWORD;

    private DemoSignIns() {
    }

    public static List<String> usernames() {
        return DemoUsers.USERS.stream().map(DemoUsers.DemoUser::username).toList();
    }
}
