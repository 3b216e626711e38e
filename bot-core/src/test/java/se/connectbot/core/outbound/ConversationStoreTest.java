package se.connectbot.core.outbound;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.connectbot.core.TranscriptTestSupport;
import se.connectbot.core.chat.ConversationRef;
import se.connectbot.core.chat.Platform;
import se.connectbot.coretesting.ChatTranscript;

/** The conversations the bot heard from: recorded by the engine, kept current cheaply, with each platform's data. */
class ConversationStoreTest extends TranscriptTestSupport {

    @Autowired
    ConversationStore store;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theEngineRecordsTheConversationOfWhatComesIn() {
        ChatTranscript chat = chat().inSharedChannel("C-" + UUID.randomUUID()).send("hjälp");

        StoredConversation stored = store.find(Platform.SLACK, "T-test", chat.conversation().channelId()).orElseThrow();

        assertThat(stored.conversation()).isEqualTo(chat.conversation());
        assertThat(stored.conversation().shared()).isTrue();
        assertThat(stored.lastSeen()).isEqualTo(clock.instant());
    }

    @Test
    void skipsTheWriteWhenNothingChangedSinceItWasLastWritten() {
        ConversationRef channel = new ConversationRef(Platform.SLACK, "T-skip", "C-" + UUID.randomUUID(), true);
        store.record(channel);
        jdbc.sql("update conversation_ref set shared = false where channel_id = ?").param(channel.channelId()).update();

        store.record(channel);
        assertThat(store.find(Platform.SLACK, "T-skip", channel.channelId()).orElseThrow().conversation().shared())
                .as("no write: the same conversation again").isFalse();

        clock.advance(JdbcConversationStore.UNCHANGED_FOR.plus(Duration.ofSeconds(1)));
        store.record(channel);
        StoredConversation later = store.find(Platform.SLACK, "T-skip", channel.channelId()).orElseThrow();
        assertThat(later.conversation().shared()).as("written again after the cache time").isTrue();
        assertThat(later.lastSeen()).isEqualTo(clock.instant());
    }

    @Test
    void aChangeIsWrittenAtOnce() {
        ConversationRef channel = new ConversationRef(Platform.SLACK, "T-change", "C-" + UUID.randomUUID(), false);
        store.record(channel);
        store.record(new ConversationRef(Platform.SLACK, "T-change", channel.channelId(), true));

        assertThat(store.find(Platform.SLACK, "T-change", channel.channelId()).orElseThrow().conversation().shared()).isTrue();
    }

    @Test
    void platformDataIsMergedKeyByKeyAndKeptWhenTheEngineRecordsAgain() {
        ConversationRef chat = new ConversationRef(Platform.TEAMS, "tenant-1", "19:" + UUID.randomUUID(), true);
        store.addPlatformData(chat, Map.of("serviceUrl", "https://smba.example/emea/"));
        store.addPlatformData(chat, Map.of("conversationId", chat.channelId()));
        store.record(chat);

        StoredConversation stored = store.find(Platform.TEAMS, "tenant-1", chat.channelId()).orElseThrow();
        assertThat(stored.platformData()).containsOnly(
                Map.entry("serviceUrl", "https://smba.example/emea/"), Map.entry("conversationId", chat.channelId()));
    }

    @Test
    void findsTheWorkspacesLatestConversationForWhatThePlatformKeepsPerWorkspace() {
        String workspace = "T-" + UUID.randomUUID();
        store.addPlatformData(new ConversationRef(Platform.SLACK, workspace, "C-old", true),
                Map.of(StoredConversation.SLACK_ENTERPRISE_ID, "E-GRID"));
        clock.advance(Duration.ofMinutes(1));
        store.record(new ConversationRef(Platform.SLACK, workspace, "D-new", false));

        assertThat(store.latestIn(Platform.SLACK, workspace).orElseThrow().conversation().channelId()).isEqualTo("D-new");
        assertThat(store.latestIn(Platform.SLACK, "T-unknown")).isEmpty();
        assertThat(store.find(Platform.SLACK, workspace, "C-old").orElseThrow().data(StoredConversation.SLACK_ENTERPRISE_ID))
                .contains("E-GRID");
    }
}
