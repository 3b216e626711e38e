package se.connectbot.app.webchat;

import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UriUtils;
import se.connectbot.core.chat.ChatUser;
import se.connectbot.core.chat.ConversationRef;
import se.connectbot.core.chat.Platform;

/**
 * One browser's web chat, kept in its HTTP session: the chat user's id (random, never the
 * session id itself), the page's language, the sign-in states this browser was handed, and a
 * message left for the page. Whether the user is signed in is the core's to say (the link lives
 * in the database). Thread-safe: a page may send requests in parallel.
 *
 * <p>The session lives in PostgreSQL (Spring Session JDBC), serialised: every field must stay
 * {@link Serializable}. Each request works on its own copy, written back at the end of the request
 * ({@code spring.session.jdbc.save-mode: on-get-attribute}), so of two requests that change it at
 * once the later write wins; nothing here is worse off for that than a lost click.
 */
public final class ChatSession implements Serializable {

    /** The web chat is one "workspace" of its own. */
    public static final String WORKSPACE = "web";
    static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");
    private static final String ATTRIBUTE = ChatSession.class.getName();
    private static final long serialVersionUID = 1L;
    private static final int MAX_PENDING_SIGN_INS = 20;

    private final String userId;
    private final Set<String> pendingSignIns = new LinkedHashSet<>();
    private Locale locale = SWEDISH;
    private @Nullable Notice notice;

    ChatSession() {
        this(UUID.randomUUID().toString());
    }

    private ChatSession(String userId) {
        this.userId = userId;
    }

    /**
     * A chat of the given user outside any browser session, to render what is sent to them unasked
     * (nothing it remembers reaches their session).
     */
    static ChatSession outsideSession(String userId) {
        return new ChatSession(userId);
    }

    /** This browser's chat, created on first use. */
    public static ChatSession of(HttpSession session) {
        synchronized (session) {
            ChatSession chat = (ChatSession) session.getAttribute(ATTRIBUTE);
            if (chat == null) {
                chat = new ChatSession();
                session.setAttribute(ATTRIBUTE, chat);
                // Spring Session stores this as the session's principal name: the chat user whose
                // account link goes when the session does (WebChatLinkCleanup)
                session.setAttribute(FindByIndexNameSessionRepository.PRINCIPAL_NAME_INDEX_NAME, chat.userId);
            }
            return chat;
        }
    }

    /** This browser's chat if it has one; never creates a session. */
    public static Optional<ChatSession> existing(@Nullable HttpSession session) {
        return session == null ? Optional.empty() : Optional.ofNullable((ChatSession) session.getAttribute(ATTRIBUTE));
    }

    String userId() {
        return userId;
    }

    public ChatUser user() {
        return new ChatUser(Platform.WEB, WORKSPACE, userId);
    }

    /** A private one-to-one conversation: nobody else reads this page. */
    public ConversationRef conversation() {
        return new ConversationRef(Platform.WEB, WORKSPACE, "chat-" + userId, false);
    }

    public synchronized Locale locale() {
        return locale;
    }

    public synchronized void locale(Locale newLocale) {
        locale = newLocale;
    }

    /** Leaves a message for the page to show once, such as how a sign-in ended. */
    public synchronized void notice(Notice newNotice) {
        notice = newNotice;
    }

    /** The message left for the page, handed out once. */
    public synchronized Optional<Notice> takeNotice() {
        Optional<Notice> taken = Optional.ofNullable(notice);
        notice = null;
        return taken;
    }

    /**
     * Remembers the {@code state} of a sign-in URL handed to this browser, so that its callback
     * comes back to the chat; a URL without one (or no URL at all) is ignored.
     */
    public void expectSignInFrom(String url) {
        try {
            String state = UriComponentsBuilder.fromUriString(url).build().getQueryParams().getFirst("state");
            if (state != null) {
                expectSignIn(UriUtils.decode(state, StandardCharsets.UTF_8));
            }
        } catch (IllegalArgumentException notAUrl) {
            // Nothing to remember: such a link cannot come back to the callback either.
        }
    }

    synchronized void expectSignIn(String state) {
        pendingSignIns.add(state);
        if (pendingSignIns.size() > MAX_PENDING_SIGN_INS) {
            Iterator<String> oldest = pendingSignIns.iterator();
            oldest.next();
            oldest.remove();
        }
    }

    /** True once for a state this browser was handed. */
    public synchronized boolean completesSignIn(String state) {
        return pendingSignIns.remove(state);
    }

    /**
     * A one-time message for the page.
     *
     * @param success whether it reports something that went well
     */
    public record Notice(String text, boolean success) implements Serializable {
    }
}
