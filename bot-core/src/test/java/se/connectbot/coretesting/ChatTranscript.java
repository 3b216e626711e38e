package se.connectbot.coretesting;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import se.connectbot.core.chat.BotEngine;
import se.connectbot.core.chat.ChatUser;
import se.connectbot.core.chat.ConversationRef;
import se.connectbot.core.chat.Inbound;
import se.connectbot.core.chat.Platform;
import se.connectbot.core.linking.LinkOutcome;
import se.connectbot.core.reply.Block;
import se.connectbot.core.reply.Reply;

/**
 * A conversation with the bot as a test writes it:
 * {@code chat.send("status 0701234567").expectText("Aktiv").click("Fyll på data")}. Each
 * {@code send}, {@code click} and {@code submit} is a new delivery; {@link #redeliver()} repeats
 * the last one (a platform's retry). Expectations look at the last reply and, on failure, show
 * it whole. Not thread-safe; one per conversation.
 */
public final class ChatTranscript {

    private static final AtomicInteger USERS = new AtomicInteger();

    private final BotEngine engine;
    private ChatUser user;
    private ConversationRef conversation;
    private @Nullable Locale locale;
    private @Nullable Inbound last;
    private @Nullable Reply reply;

    private ChatTranscript(BotEngine engine, ChatUser user, ConversationRef conversation) {
        this.engine = engine;
        this.user = user;
        this.conversation = conversation;
    }

    /** A new chat user (unique per call) in a direct conversation on {@code platform}. */
    public static ChatTranscript on(BotEngine engine, Platform platform) {
        String id = "U" + USERS.incrementAndGet() + "-" + UUID.randomUUID().toString().substring(0, 8);
        return new ChatTranscript(engine, new ChatUser(platform, "T-test", id),
                new ConversationRef(platform, "T-test", "D-" + id, false));
    }

    public ChatTranscript locale(@Nullable Locale newLocale) {
        this.locale = newLocale;
        return this;
    }

    /** Moves the conversation to a channel other people read too. */
    public ChatTranscript inSharedChannel(String channelId) {
        this.conversation = new ConversationRef(user.platform(), user.workspaceId(), channelId, true);
        return this;
    }

    /** The same conversation, as another chat user (who has not signed in). */
    public ChatTranscript asAnotherUser() {
        ChatTranscript other = on(engine, user.platform());
        other.conversation = conversation;
        other.locale = locale;
        other.reply = reply;
        return other;
    }

    /** The same user and conversation, talking to another engine: the bot after a restart. */
    public ChatTranscript restartedOn(BotEngine restarted) {
        ChatTranscript same = new ChatTranscript(restarted, user, conversation);
        same.locale = locale;
        same.reply = reply;
        same.last = last;
        return same;
    }

    public ChatTranscript send(String text) {
        return deliver(new Inbound.Text(text));
    }

    /** Clicks the button (or select option, row button, paging button) labelled exactly {@code label}. */
    public ChatTranscript click(String label) {
        Block.Choice choice = choices().stream().filter(c -> c.label().equals(label)).findFirst()
                .orElseThrow(() -> new AssertionError("no button '" + label + "' in:\n" + text()));
        return deliver(new Inbound.Action(choice.actionId(), choice.value()));
    }

    /** Clicks a button of an earlier reply (a stale button, still on screen). */
    public ChatTranscript clickIn(Reply earlier, String label) {
        Block.Choice choice = Replies.choices(earlier).stream().filter(c -> c.label().equals(label)).findFirst()
                .orElseThrow(() -> new AssertionError("no button '" + label + "' in:\n" + Replies.text(earlier)));
        return deliver(new Inbound.Action(choice.actionId(), choice.value()));
    }

    /** Clicks the first button whose label contains {@code fragment}. */
    public ChatTranscript clickContaining(String fragment) {
        Block.Choice choice = choices().stream().filter(c -> c.label().contains(fragment)).findFirst()
                .orElseThrow(() -> new AssertionError("no button containing '" + fragment + "' in:\n" + text()));
        return deliver(new Inbound.Action(choice.actionId(), choice.value()));
    }

    /** Sends the last click again as a new delivery: a double click, or a click on an old button. */
    public ChatTranscript clickAgain() {
        if (last == null || !(last.payload() instanceof Inbound.Action)) {
            throw new IllegalStateException("the last event was not a click");
        }
        return deliver(last.payload());
    }

    /** Submits the form of the last reply with these values. */
    public ChatTranscript submit(Map<String, String> values) {
        Block.Form form = Replies.blocks(reply(), Block.Form.class).stream().findFirst()
                .orElseThrow(() -> new AssertionError("no form in:\n" + text()));
        return deliver(new Inbound.FormSubmission(form.formId(), values));
    }

    /** Delivers the last event again, with the same delivery id (a platform's retry). */
    public ChatTranscript redeliver() {
        if (last == null) {
            throw new IllegalStateException("nothing delivered yet");
        }
        reply = engine.handle(last);
        return this;
    }

    public ChatTranscript deliver(Inbound.Payload payload) {
        last = new Inbound(UUID.randomUUID().toString(), user, conversation, locale, payload);
        reply = engine.handle(last);
        return this;
    }

    /** Signs in through the bot: asks for the link, lets {@code driver} sign in as {@code username}. */
    public ChatTranscript signInAs(String username, SignInDriver driver) {
        send("login");
        LinkOutcome outcome = driver.signIn(signInLink(), username);
        assertThat(outcome).as("sign-in outcome").isInstanceOf(LinkOutcome.Linked.class);
        return this;
    }

    public URI signInLink() {
        return Replies.blocks(reply(), Block.Link.class).stream().findFirst().map(l -> URI.create(l.url()))
                .orElseThrow(() -> new AssertionError("no sign-in link in:\n" + text()));
    }

    public ChatTranscript expectText(String... fragments) {
        for (String fragment : fragments) {
            assertThat(text()).as("the reply").contains(fragment);
        }
        return this;
    }

    public ChatTranscript expectNoText(String... fragments) {
        for (String fragment : fragments) {
            assertThat(text()).as("the reply").doesNotContain(fragment);
        }
        return this;
    }

    public ChatTranscript expectButton(String label) {
        assertThat(choices()).as("buttons of:\n" + text()).extracting(Block.Choice::label).contains(label);
        return this;
    }

    public ChatTranscript expectNoButton(String label) {
        assertThat(choices()).as("buttons of:\n" + text()).extracting(Block.Choice::label).doesNotContain(label);
        return this;
    }

    public ChatTranscript expectPrivate() {
        assertThat(reply().visibility()).as("visibility of:\n" + text()).isEqualTo(Reply.Visibility.PRIVATE);
        return this;
    }

    public ChatTranscript expectPublic() {
        assertThat(reply().visibility()).as("visibility of:\n" + text()).isEqualTo(Reply.Visibility.CONVERSATION);
        return this;
    }

    public ChatTranscript expectReply(Consumer<Reply> assertion) {
        assertion.accept(reply());
        return this;
    }

    public Reply reply() {
        if (reply == null) {
            throw new IllegalStateException("nothing delivered yet");
        }
        return reply;
    }

    /** All text of the last reply, as {@link Replies#text} flattens it. */
    public String text() {
        return Replies.text(reply());
    }

    public List<Block.Choice> choices() {
        return Replies.choices(reply());
    }

    /** The delivery id of the last event sent. */
    public String lastDeliveryId() {
        if (last == null) {
            throw new IllegalStateException("nothing delivered yet");
        }
        return last.deliveryId();
    }

    public ChatUser user() {
        return user;
    }

    public ConversationRef conversation() {
        return conversation;
    }
}
