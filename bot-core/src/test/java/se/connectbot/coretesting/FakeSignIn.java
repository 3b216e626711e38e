package se.connectbot.coretesting;

import java.net.URI;
import se.connectbot.core.linking.AccountLinking;

/** Signs in at the {@link FakeAuthorizationServer} and completes the link through {@link AccountLinking}, as the callback would. */
public final class FakeSignIn {

    private FakeSignIn() {
    }

    public static SignInDriver driver(FakeAuthorizationServer auth, AccountLinking linking) {
        return (URI url, String username) -> linking.complete(state(url), auth.signIn(url, username));
    }

    public static String state(URI url) {
        for (String pair : url.getRawQuery().split("&")) {
            if (pair.startsWith("state=")) {
                return pair.substring("state=".length());
            }
        }
        throw new IllegalArgumentException("no state in " + url);
    }
}
