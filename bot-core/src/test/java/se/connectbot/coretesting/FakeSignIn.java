package se.connectbot.coretesting;

import java.net.URI;
import se.connectbot.core.linking.AccountLinking;
import se.connectbot.core.linking.LinkOutcome;

/** Signs in at the {@link FakeAuthorizationServer} and completes the link through {@link AccountLinking}, as the callback would. */
public final class FakeSignIn {

    private FakeSignIn() {
    }

    public static SignInDriver driver(FakeAuthorizationServer auth, AccountLinking linking) {
        return (URI url, String username) -> complete(linking, state(url), auth.signIn(url, username));
    }

    /**
     * What the callback does for the browser that started the sign-in and a person who
     * confirms: exchanges the code and, when asked, confirms the link.
     */
    public static LinkOutcome complete(AccountLinking linking, String state, String code) {
        LinkOutcome exchanged = linking.exchange(state, code, true);
        return exchanged instanceof LinkOutcome.AwaitingConfirmation asked ? linking.confirm(state, asked.browserSecret()) : exchanged;
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
