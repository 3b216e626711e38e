package se.connectbot.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import se.connectbot.core.TranscriptTestSupport;
import se.connectbot.core.chat.BotEngine;
import se.connectbot.core.chat.Platform;
import se.connectbot.core.files.FileStore;
import se.connectbot.core.linking.AccountLinking;
import se.connectbot.core.reply.Block;
import se.connectbot.core.reply.Reply;
import se.connectbot.coretesting.ChatTranscript;
import se.connectbot.coretesting.DemoUsers;
import se.connectbot.coretesting.Replies;
import se.connectbot.coretesting.SandboxBotApplication;
import se.connectbot.coretesting.SandboxPortal;
import se.connectbot.coretesting.SandboxSignIn;
import se.connectbot.portal.api.AccountNode;
import se.connectbot.portal.api.PortalApi;
import se.connectbot.portal.api.ReportKind;
import se.connectbot.portal.api.ReportPage;
import se.connectbot.portal.api.UserPortal;

/**
 * Reports against the real sandbox portal over HTTP, as the signed-in user: the workbook's rows
 * counted against the portal's own, typed cells, and a branch administrator's report holding
 * nothing of the other branches.
 */
class ReportSandboxTest {

    private static SandboxPortal sandbox;
    private static ConfigurableApplicationContext bot;

    @BeforeAll
    static void start() {
        sandbox = SandboxPortal.start("sandbox_for_reports");
        bot = SandboxBotApplication.start(sandbox, "botcore_reports");
    }

    @AfterAll
    static void stop() {
        if (bot != null) {
            bot.close();
        }
        if (sandbox != null) {
            sandbox.close();
        }
    }

    @Test
    void aServicesReportHoldsEveryRowThePortalGivesTyped() throws IOException {
        ChatTranscript chat = signedIn(DemoUsers.ANNA, TranscriptTestSupport.SWEDISH).send("rapport tjänster alla allt")
                .expectText("Här är rapporten Tjänster med");
        List<List<String>> portalRows = allRows(portalOf(chat), ReportKind.SERVICES);
        try (XSSFWorkbook book = workbook(chat.reply())) {
            XSSFSheet rows = book.getSheetAt(0);
            assertThat(rows.getLastRowNum()).isEqualTo(portalRows.size()).isPositive();
            assertThat(header(rows)).containsExactly("Tjänste-ID", "Tjänst", "Typ", "Status", "Konto", "Telefonnummer", "Adress",
                    "Månadsavgift exkl. moms", "Startdatum");
            Row first = rows.getRow(1);
            assertThat(first.getCell(0).getStringCellValue()).isEqualTo(portalRows.get(0).get(0));
            assertThat(first.getCell(7).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(first.getCell(7).getNumericCellValue()).isEqualTo(Double.parseDouble(portalRows.get(0).get(7)));
            assertThat(DateUtil.isCellDateFormatted(first.getCell(8))).isTrue();
            assertThat(book.getSheetAt(1).getRow(1).getCell(1).getStringCellValue()).contains(DemoUsers.ANNA);
        }
    }

    @Test
    void aBranchAdministratorsReportHoldsNoneOfTheOtherBranches() {
        ChatTranscript karl = signedIn(DemoUsers.KARL, TranscriptTestSupport.SWEDISH).send("rapport fakturor alla allt")
                .expectText("Här är rapporten Fakturor med");
        ChatTranscript anna = signedIn(DemoUsers.ANNA, TranscriptTestSupport.SWEDISH).send("rapport fakturor alla allt")
                .expectText("Här är rapporten Fakturor med");
        Set<String> karlsAccounts = names(portalOf(karl).accountTree());
        Set<String> karlsRows = accountsIn(karl.reply());
        Set<String> annasRows = accountsIn(anna.reply());
        assertThat(karlsRows).isNotEmpty().isSubsetOf(karlsAccounts);
        assertThat(annasRows).as("Anna sees other branches, so the test can tell").isNotEmpty()
                .anySatisfy(a -> assertThat(karlsAccounts).doesNotContain(a));
    }

    @Test
    void aUsageReportInEnglishNarrowedToAMonth() throws IOException {
        ChatTranscript chat = signedIn(DemoUsers.SOFIA, TranscriptTestSupport.ENGLISH);
        String month = java.time.YearMonth.now(java.time.ZoneId.of("Europe/Stockholm")).toString();
        chat.send("report usage all " + month).expectText("Here is the report Usage with");
        long inPortal = allRows(portalOf(chat), ReportKind.MOBILE_USAGE).stream().filter(r -> r.get(5).equals(month)).count();
        try (XSSFWorkbook book = workbook(chat.reply())) {
            XSSFSheet rows = book.getSheetAt(0);
            assertThat(header(rows)).startsWith("Service ID", "Phone number", "User", "Account", "Price plan", "Month", "Data (MB)");
            assertThat(rows.getLastRowNum()).isEqualTo(inPortal).isPositive();
            assertThat(rows.getRow(1).getCell(6).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(book.getSheetName(1)).isEqualTo("Parameters");
        }
    }

    private static Set<String> accountsIn(Reply reply) {
        Set<String> accounts = new HashSet<>();
        try (XSSFWorkbook book = workbook(reply)) {
            XSSFSheet rows = book.getSheetAt(0);
            int column = header(rows).indexOf("Konto");
            for (int i = 1; i <= rows.getLastRowNum(); i++) {
                accounts.add(rows.getRow(i).getCell(column).getStringCellValue());
            }
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return accounts;
    }

    private static Set<String> names(List<AccountNode> nodes) {
        Set<String> names = new HashSet<>();
        for (AccountNode node : nodes) {
            names.add(node.alias() != null ? node.alias() : node.name());
            names.addAll(names(node.children()));
        }
        return names;
    }

    private static List<List<String>> allRows(UserPortal portal, ReportKind kind) {
        List<List<String>> rows = new ArrayList<>();
        String cursor = null;
        do {
            ReportPage page = portal.report(kind, cursor);
            rows.addAll(page.rows());
            cursor = page.nextCursor();
        } while (cursor != null);
        return rows;
    }

    private static XSSFWorkbook workbook(Reply reply) {
        Block.Attachment file = Replies.blocks(reply, Block.Attachment.class).get(0);
        try {
            return new XSSFWorkbook(new ByteArrayInputStream(bot.getBean(FileStore.class).content(file.file()).orElseThrow()));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static List<String> header(XSSFSheet sheet) {
        List<String> values = new ArrayList<>();
        sheet.getRow(0).forEach(c -> values.add(c.getStringCellValue()));
        return values;
    }

    private static ChatTranscript signedIn(String username, Locale locale) {
        return ChatTranscript.on(bot.getBean(BotEngine.class), Platform.WEB).locale(locale)
                .signInAs(username, SandboxSignIn.driver(bot.getBean(AccountLinking.class)));
    }

    private static UserPortal portalOf(ChatTranscript chat) {
        return bot.getBean(PortalApi.class).forUser(bot.getBean(AccountLinking.class).tokens(chat.user()));
    }
}
