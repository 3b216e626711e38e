package se.connectbot.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.sql.DataSource;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.connectbot.core.TranscriptTestSupport;
import se.connectbot.core.chat.Platform;
import se.connectbot.core.files.FileStore;
import se.connectbot.core.i18n.Language;
import se.connectbot.core.outbound.MessageRef;
import se.connectbot.core.outbound.OutboundSender;
import se.connectbot.core.outbound.Outgoing;
import se.connectbot.core.reply.Block;
import se.connectbot.core.reply.Reply;
import se.connectbot.coretesting.ChatTranscript;
import se.connectbot.coretesting.DemoUsers;
import se.connectbot.coretesting.Replies;
import se.connectbot.portal.api.PortalError;
import se.connectbot.portal.api.PortalException;

/**
 * The report command against the fake portal (whose services report comes one row per slice):
 * the guided choice, did-you-means, the file read back, progress in one message updated in
 * place (through a recording Slack sender), and a portal failing midway.
 */
@Import(ReportTranscriptTest.RecordingSlackConfig.class)
class ReportTranscriptTest extends TranscriptTestSupport {

    @Autowired
    FileStore files;
    @Autowired
    RecordingSlack slack;
    @Autowired
    DataSource dataSource;

    @BeforeEach
    void forget() {
        slack.sent.clear();
    }

    @Test
    void guidesThroughKindAccountAndPeriodToTheFile() {
        ChatTranscript chat = signedIn(DemoUsers.ANNA)
                .send("rapport")
                .expectText("Vilken rapport vill du ha?")
                .expectNoButton("Fakturor")
                .click("Tjänster")
                .expectText("Rapport: Tjänster. För vilket konto?")
                .click("Alla konton")
                .expectText("Vilken period?", "2026-01..2026-06")
                .click("Hela perioden")
                .expectText("Här är rapporten Tjänster med");
        Sheet rows = workbook(chat.reply()).getSheetAt(0);
        long anna = portal.as(DemoUsers.ANNA).services(se.connectbot.portal.api.ServiceQuery.all().withPage(0, 1)).totalItems();
        assertThat(rows.getLastRowNum()).as("rows under the header").isGreaterThanOrEqualTo((int) anna).isPositive();
        assertThat(rows.getRow(0).getCell(3).getStringCellValue()).isEqualTo("Månadsavgift exkl. moms");
    }

    @Test
    void showsProgressInOneMessageUpdatedInPlace() {
        ChatTranscript chat = signedIn(DemoUsers.ANNA);
        slack.sent.clear();
        chat.send("rapport tjänster alla allt").expectText("Här är rapporten Tjänster");
        assertThat(portal.reportSliceSizes()).as("the contract's largest slices, connectbot.reports.slice-size's default")
                .isNotEmpty().containsOnly(se.connectbot.portal.api.ReportPage.MAX_SIZE);
        assertThat(slack.sent).hasSize(2);
        assertThat(slack.sent.get(0)).isInstanceOfSatisfying(Outgoing.Post.class,
                p -> assertThat(text(p.reply())).contains("Tjänster: 1 rader hittills"));
        assertThat(slack.sent.get(1)).isInstanceOfSatisfying(Outgoing.Update.class,
                u -> assertThat(text(u.reply())).startsWith("Tjänster: klar,"));
    }

    /** The progress message carries the asker's language, for the words a platform adds around it. */
    @Test
    void showsProgressInTheAskersLanguage() {
        ChatTranscript chat = signedIn(DemoUsers.ANNA, ENGLISH);
        slack.sent.clear();
        chat.send("report services all everything").expectText("Here is the report");
        assertThat(slack.sent).hasSize(2);
        assertThat(slack.sent.get(0)).isInstanceOfSatisfying(Outgoing.Post.class, p -> {
            assertThat(text(p.reply())).contains("rows so far");
            assertThat(p.language()).isEqualTo(Language.EN);
        });
        assertThat(slack.sent.get(1)).isInstanceOfSatisfying(Outgoing.Update.class, u -> assertThat(u.language()).isEqualTo(Language.EN));
    }

    @Test
    void showsProgressPrivatelyInASharedChannel() {
        ChatTranscript chat = signedIn(DemoUsers.ANNA).inSharedChannel("C-shared");
        slack.sent.clear();
        chat.send("rapport tjänster alla allt").expectPrivate();
        assertThat(slack.sent.get(0)).isInstanceOf(Outgoing.Private.class);
        assertThat(slack.sent).noneMatch(Outgoing.Post.class::isInstance);
    }

    @Test
    void narrowsToAnAccountsBranch() {
        ChatTranscript chat = signedIn(DemoUsers.ANNA).send("rapport tjänster Göteborg allt").expectText("Här är rapporten Tjänster");
        Sheet rows = workbook(chat.reply()).getSheetAt(0);
        assertThat(rows.getLastRowNum()).isPositive();
        for (int i = 1; i <= rows.getLastRowNum(); i++) {
            assertThat(rows.getRow(i).getCell(2).getStringCellValue()).isEqualTo("Göteborg");
        }
    }

    @Test
    void offersWhatWasMeantForAnUnknownKindOrAccount() {
        signedIn(DemoUsers.ANNA).send("rapport tjnster").expectText("Rapporten ”tjnster” känner jag inte till. Menade du Tjänster?")
                .expectButton("Tjänster");
        signedIn(DemoUsers.ANNA).send("rapport tjänster Götebrog 2026").expectText("Kontot ”Götebrog” hittar jag inte. Menade du Göteborg?")
                .click("Göteborg").expectText("Här är rapporten Tjänster");
        signedIn(DemoUsers.ANNA, ENGLISH).send("report services Gothenburgh").expectText("I cannot find the account \"Gothenburgh\".");
    }

    @Test
    void repromptsAPeriodItCannotReadWithAnExample() {
        signedIn(DemoUsers.ANNA).send("rapport tjänster alla 2026-13")
                .expectText("Perioden ”2026-13” förstår jag inte.", "till exempel 2026-01..2026-06");
        signedIn(DemoUsers.ANNA, ENGLISH).send("report services all 12/2026")
                .expectText("I do not understand the period \"12/2026\".");
    }

    @Test
    void refusesAKindTheUserMayNotSee() {
        signedIn(DemoUsers.ANNA).send("rapport fakturor").expectText("Rapporten Fakturor får du inte ta fram");
    }

    @Test
    void aPortalFailingMidwayDeliversNoHalfFileAndSaysSo() {
        int before = storedFiles();
        ChatTranscript chat = signedIn(DemoUsers.ANNA);
        portal.failAfter(4, new PortalException(PortalError.UNAVAILABLE, "the portal went away"));
        chat.send("rapport tjänster alla allt")
                .expectText("Portalen slutade svara medan rapporten Tjänster togs fram. Ingen fil skickades")
                .expectReply(r -> assertThat(Replies.blocks(r, Block.Attachment.class)).isEmpty());
        portal.failWith(null);
        assertThat(storedFiles()).isEqualTo(before);
        assertThat(slack.sent).last().isInstanceOfSatisfying(Outgoing.Update.class,
                u -> assertThat(text(u.reply())).contains("avbruten, ingen fil skickades"));
    }

    @Test
    void twoPeoplesReportsRunAtOnceWithoutMixingAndASecondRunsBesideTheFirst() throws Exception {
        portal.latency(java.time.Duration.ofMillis(40));
        ChatTranscript anna = signedIn(DemoUsers.ANNA);
        ChatTranscript karl = signedIn(DemoUsers.KARL);
        ChatTranscript annaAgain = signedIn(DemoUsers.ANNA);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(3);
        try {
            var a = pool.submit(() -> anna.send("rapport tjänster alla allt").reply());
            var k = pool.submit(() -> karl.send("rapport tjänster alla allt").reply());
            var a2 = pool.submit(() -> annaAgain.send("rapport tjänster Göteborg allt").reply());
            java.util.Set<String> annas = accounts(a.get(30, java.util.concurrent.TimeUnit.SECONDS), anna);
            java.util.Set<String> karls = accounts(k.get(30, java.util.concurrent.TimeUnit.SECONDS), karl);
            java.util.Set<String> annasGoteborg = accounts(a2.get(30, java.util.concurrent.TimeUnit.SECONDS), annaAgain);
            assertThat(annas).contains("Region Öst", "Region Väst");
            assertThat(karls).isNotEmpty().doesNotContain("Region Öst", "Nordkust Logistik AB");
            assertThat(annasGoteborg).containsExactly("Göteborg");
        } finally {
            pool.shutdownNow();
            portal.latency(java.time.Duration.ZERO);
        }
    }

    /** The accounts in the report's rows; the file must be the asker's own. */
    private java.util.Set<String> accounts(Reply reply, ChatTranscript asker) throws IOException {
        Block.Attachment file = Replies.blocks(reply, Block.Attachment.class).get(0);
        assertThat(files.find(file.file()).orElseThrow().owner()).isEqualTo(asker.user());
        java.util.Set<String> accounts = new java.util.HashSet<>();
        try (XSSFWorkbook book = workbook(reply)) {
            Sheet rows = book.getSheetAt(0);
            for (int i = 1; i <= rows.getLastRowNum(); i++) {
                accounts.add(rows.getRow(i).getCell(2).getStringCellValue());
            }
        }
        return accounts;
    }

    private int storedFiles() {
        return JdbcClient.create(dataSource).sql("select count(*) from stored_file").query(Integer.class).single();
    }

    private XSSFWorkbook workbook(Reply reply) {
        Block.Attachment file = Replies.blocks(reply, Block.Attachment.class).get(0);
        assertThat(file.contentType()).isEqualTo(ReportWorkbook.CONTENT_TYPE);
        assertThat(file.fileName()).matches("rapport-tjanster-\\d{4}-\\d{2}-\\d{2}\\.xlsx");
        try {
            return new XSSFWorkbook(new ByteArrayInputStream(files.content(file.file()).orElseThrow()));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static String text(Reply reply) {
        return ((Block.Text) reply.blocks().get(0)).text();
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class RecordingSlackConfig {
        @Bean
        RecordingSlack recordingSlack() {
            return new RecordingSlack();
        }
    }

    /** Slack's outbound side, recording what the core sends. */
    static class RecordingSlack implements OutboundSender {

        final List<Outgoing> sent = new CopyOnWriteArrayList<>();

        @Override
        public Platform platform() {
            return Platform.SLACK;
        }

        @Override
        public MessageRef send(Outgoing outgoing) {
            sent.add(outgoing);
            return new MessageRef(Platform.SLACK, "T1", "D1", "1700000000." + sent.size());
        }
    }
}
