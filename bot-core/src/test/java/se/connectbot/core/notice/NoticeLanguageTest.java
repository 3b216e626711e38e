package se.connectbot.core.notice;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.connectbot.core.TranscriptTestSupport;
import se.connectbot.core.chat.Platform;
import se.connectbot.core.i18n.Language;
import se.connectbot.core.i18n.UserLanguages;
import se.connectbot.core.outbound.Outbound;
import se.connectbot.core.outbound.OutboundError;
import se.connectbot.core.outbound.Outgoing;
import se.connectbot.coretesting.ChatTranscript;
import se.connectbot.coretesting.DemoUsers;
import se.connectbot.coretesting.Replies;
import se.connectbot.portal.api.Network;
import se.connectbot.portal.api.Outage;
import se.connectbot.portal.api.OutageKind;

/**
 * The language of what the bot posts unasked: a subscription keeps the language it was made (or
 * taken over) in, the conversation's newest active subscription decides for every post there,
 * and its owner is told privately in their own language. On the embedded PostgreSQL with the
 * fake portal's change feed, as {@link OutageNoticesTest}.
 */
class NoticeLanguageTest extends TranscriptTestSupport {

    private static final NoticeProperties SETTINGS = new NoticeProperties(Duration.ofSeconds(30), Duration.ofSeconds(1),
            Duration.ofMinutes(2), 200, 3, Duration.ofHours(1));

    @Autowired
    OutagePoller poller;
    @Autowired
    Outbox outbox;
    @Autowired
    SubscriptionStore subscriptions;
    @Autowired
    UserLanguages languages;
    @Autowired
    JdbcClient jdbc;

    private final RecordingSender slack = new RecordingSender(Platform.SLACK);
    private NoticeDispatcher dispatcher;

    @BeforeEach
    void emptyFeedAndOutbox() {
        jdbc.sql("delete from outage_subscription").update();
        jdbc.sql("delete from outage_notice").update();
        jdbc.sql("delete from outage_feed").update();
        dispatcher = new NoticeDispatcher(outbox, subscriptions, new Outbound(List.of(slack)), SETTINGS, languages, clock);
        poller.poll(); // the first poll only takes the feed's cursor: from now on
    }

    @AfterEach
    void nothingWasSentWhileHoldingATransaction() {
        assertThat(slack.sentInTransaction()).isEmpty();
    }

    @Test
    void anEnglishSubscriptionGetsItsCardThreadLineAndPassedEndInEnglish() {
        String channel = channel();
        signedIn(DemoUsers.ANNA, ENGLISH).inSharedChannel(channel).send("subscribe outages Göteborg")
                .expectText("Subscription #", "Owner: Anna Lindqvist");

        List<Outgoing> sent = deliverCardUpdateAndPassedEnd(channel, "out-en");
        assertThat(Replies.text(sent.get(0).reply())).contains("Outage: Fiber nere Lagergatan", "Affects you", "Major", "Expected end")
                .doesNotContain("Driftstörning", "Berör er");
        assertThat(Replies.choices(sent.get(0).reply())).singleElement()
                .satisfies(c -> assertThat(c.value()).startsWith("ticket Outage out-en persists"));
        assertThat(Replies.text(sent.get(1).reply())).contains("Latest update", "Technician on site");
        assertThat(Replies.text(sent.get(2).reply())).startsWith("Update").contains("Technician on site");
        assertThat(Replies.text(sent.get(3).reply())).contains("(passed)").doesNotContain("har passerat");
        assertThat(sent).as("the language each post carries, for the words a platform adds around the card")
                .allSatisfy(o -> assertThat(language(o)).isEqualTo(Language.EN));
    }

    @Test
    void aSwedishSubscriptionStaysSwedish() {
        String channel = channel();
        signedIn(DemoUsers.ANNA).inSharedChannel(channel).send("subscribe outages Göteborg").expectText("Prenumeration #");

        List<Outgoing> sent = deliverCardUpdateAndPassedEnd(channel, "out-sv");
        assertThat(Replies.text(sent.get(0).reply())).contains("Driftstörning: Fiber nere Lagergatan", "Berör er", "Större");
        assertThat(Replies.text(sent.get(2).reply())).startsWith("Uppdatering");
        assertThat(Replies.text(sent.get(3).reply())).contains("(har passerat)");
        assertThat(sent).allSatisfy(o -> assertThat(language(o)).isEqualTo(Language.SV));
    }

    @Test
    void anEnglishSubscriptionsDigestAfterQuietHoursIsInEnglish() {
        clock.set(Instant.parse("2026-11-25T19:00:00Z")); // 20:00 in Stockholm, a Wednesday
        String channel = channel();
        signedIn(DemoUsers.ANNA, ENGLISH).inSharedChannel(channel).send("subscribe outages quiet 18-07").expectText("quiet 18:00–07:00");
        portal.publish(outage("out-q1", 1, List.of(), null));
        portal.publish(outage("out-q2", 1, List.of(), null));
        poller.poll();
        dispatcher.drain();
        assertThat(slack.in(channel)).isEmpty();
        clock.set(Instant.parse("2026-11-26T06:00:01Z")); // 07:00 in Stockholm
        dispatcher.drain();
        List<Outgoing> after = slack.in(channel);
        assertThat(after).hasSize(3);
        assertThat(Replies.text(after.get(0).reply())).contains("While it was quiet: 2 outages", "out-q1", "Major", "ongoing");
        assertThat(Replies.text(after.get(1).reply())).contains("Outage: Fiber nere Lagergatan");
        assertThat(after).allSatisfy(o -> assertThat(language(o)).isEqualTo(Language.EN));
    }

    /** The rule when subscriptions of one channel disagree: its newest active one speaks, for every post there. */
    @Test
    void whenAChannelsSubscriptionsDisagreeItsNewestActiveOneSpeaks() {
        String channel = channel();
        ChatTranscript anna = signedIn(DemoUsers.ANNA).inSharedChannel(channel);
        anna.send("prenumerera drift Göteborg").expectText("Prenumeration #");
        ChatTranscript karl = anna.asAnotherUser().locale(ENGLISH).signInAs(DemoUsers.KARL, driver());
        karl.send("subscribe outages Göteborg").expectText("Subscription #");

        List<Outgoing> sent = deliverCardUpdateAndPassedEnd(channel, "out-mixed");
        assertThat(sent).allSatisfy(o -> assertThat(Replies.text(o.reply())).doesNotContain("Driftstörning", "Uppdatering", "har passerat"));
        assertThat(Replies.text(sent.get(0).reply())).contains("Outage: Fiber nere Lagergatan");
        assertThat(Replies.text(sent.get(3).reply())).contains("(passed)");

        long newest = subscriptions.in(anna.conversation()).get(1).id();
        karl.send("unsubscribe " + newest).expectText("ended");
        clock.advance(Duration.ofSeconds(5));
        portal.publish(outage("out-mixed", 3, List.of(), clock.instant()));
        poller.poll();
        dispatcher.drain();
        assertThat(Replies.text(slack.in(channel).get(4).reply())).as("the Swedish one is the newest left")
                .contains("Åtgärdad: Fiber nere Lagergatan");
        assertThat(sent).allSatisfy(o -> assertThat(language(o)).isEqualTo(Language.EN));
        assertThat(language(slack.in(channel).get(4))).isEqualTo(Language.SV);
    }

    @Test
    void aTakeOverBySomeoneSwedishSwitchesTheNoticesToSwedish() {
        String channel = channel();
        ChatTranscript anna = signedIn(DemoUsers.ANNA, ENGLISH).inSharedChannel(channel);
        anna.send("subscribe outages default").expectText("Subscription #");
        linking.unlink(anna.user());
        poller.poll();
        dispatcher.drain();
        Outgoing told = slack.in(channel).get(0);
        assertThat(Replies.text(told.reply())).contains("was owned by Anna Lindqvist");

        ChatTranscript karl = anna.asAnotherUser().locale(SWEDISH).signInAs(DemoUsers.KARL, driver());
        karl.clickIn(told.reply(), "Take over the subscription").expectText("ägs nu av Karl Berg");
        portal.publish(outage("out-taken", 1, List.of(), null));
        poller.poll();
        dispatcher.drain();
        assertThat(slack.in(channel)).hasSize(2);
        assertThat(Replies.text(slack.in(channel).get(1).reply())).contains("Driftstörning: Fiber nere Lagergatan");
        karl.send("prenumerationer").expectText("Karl Berg", "svenska");
    }

    @Test
    void theOwnerIsToldOfAPauseInTheLanguageTheyNowSpeak() {
        String refusing = channel();
        ChatTranscript anna = signedIn(DemoUsers.ANNA, ENGLISH).inSharedChannel(refusing);
        anna.send("subscribe outages default").expectText("Subscription #");
        anna.send("language sv").expectText("svenska");
        slack.refuse(refusing, OutboundError.NO_ACCESS);
        portal.publish(outage("out-paused", 1, List.of(), null));
        poller.poll();
        dispatcher.drain();
        for (int i = 0; i < 3; i++) {
            clock.advance(Duration.ofMinutes(11));
            dispatcher.drain();
        }
        assertThat(slack.in("D-" + anna.user().userId())).singleElement()
                .satisfies(o -> assertThat(Replies.text(o.reply())).contains(refusing, "är pausad"));
    }

    @Test
    void theListShowsEachSubscriptionsLanguage() {
        ChatTranscript anna = signedIn(DemoUsers.ANNA).inSharedChannel(channel());
        anna.send("prenumerera drift Göteborg").expectText("Prenumeration #");
        anna.asAnotherUser().locale(ENGLISH).signInAs(DemoUsers.KARL, driver()).send("subscribe outages 4G")
                .expectText("Subscription #");
        anna.send("prenumerationer").expectText("Språk", "svenska", "engelska");
        anna.send("language en");
        anna.send("outage subscriptions").expectText("Language", "Swedish", "English");
    }

    /** V25: a row written without a language speaks Swedish; a language the bot cannot read is refused, not stored. */
    @Test
    void aStoredLanguageIsSwedishByDefaultAndOnlyOneTheBotSpeaks() {
        String channel = channel();
        String insert = """
                insert into outage_subscription (platform, workspace_id, channel_id, shared, owner_workspace_id, owner_user_id,
                    owner_portal_user_id, owner_portal_name, %s filter, scope, created_at, changed_at)
                values ('SLACK', 'T-test', :channel, true, 'T-test', 'U-old', 'u-old', 'Old', %s '{}', '{}', now(), now())""";
        jdbc.sql(insert.formatted("", "")).param("channel", channel).update();
        assertThat(subscriptions.languageOf(new se.connectbot.core.chat.ConversationRef(Platform.SLACK, "T-test", channel, true)))
                .isEqualTo(se.connectbot.core.i18n.Language.SV);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> jdbc.sql(insert.formatted("language,", "'DE',"))
                .param("channel", channel).update()).hasMessageContaining("outage_subscription_language");
        jdbc.sql("delete from outage_subscription where channel_id = :channel").param("channel", channel).update();
    }

    /** Publishes the outage, a change with an update text, then lets its expected end pass: the card, its update, the thread line, the re-render. */
    private List<Outgoing> deliverCardUpdateAndPassedEnd(String channel, String outageId) {
        portal.publish(outage(outageId, 1, List.of(), null));
        poller.poll();
        dispatcher.drain();
        clock.advance(Duration.ofSeconds(5));
        portal.publish(outage(outageId, 2, List.of(new Outage.Update(clock.instant(), "Technician on site")), null));
        poller.poll();
        dispatcher.drain();
        clock.advance(Duration.ofHours(4)); // the expected end (12:00 UTC) passes
        poller.poll();
        dispatcher.drain();
        List<Outgoing> sent = slack.in(channel);
        assertThat(sent).hasSize(4);
        assertThat(sent.get(0)).isInstanceOf(Outgoing.Post.class);
        assertThat(sent.get(1)).isInstanceOf(Outgoing.Update.class);
        assertThat(sent.get(2)).isInstanceOf(Outgoing.ThreadReply.class);
        assertThat(sent.get(3)).isInstanceOf(Outgoing.Update.class);
        return sent;
    }

    /** The language a post into the conversation carries to the platform's sender. */
    private static Language language(Outgoing outgoing) {
        return switch (outgoing) {
            case Outgoing.Post post -> post.language();
            case Outgoing.Update update -> update.language();
            case Outgoing.ThreadReply reply -> reply.language();
            case Outgoing.File file -> file.language();
            case Outgoing.Private direct -> throw new AssertionError("a private message into a conversation: " + direct);
        };
    }

    private static String channel() {
        return "C-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private Outage outage(String id, long version, List<Outage.Update> updates, Instant resolved) {
        Instant start = Instant.parse("2026-11-25T08:00:00Z");
        return new Outage(id, "Fiber nere Lagergatan " + id, "Fiberavbrott vid Lagergatan.", OutageKind.FIXED, List.<Network>of(),
                Outage.Severity.MAJOR, List.of("Göteborg"), List.of("411 01"), start, start.plus(Duration.ofHours(4)), resolved,
                resolved == null ? Outage.OutageStatus.ACTIVE : Outage.OutageStatus.RESOLVED, updates, clock.instant(), version);
    }
}
