package se.connectbot.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The web chat in a real browser (Debian's headless Chromium): sign in at the sandbox, check a
 * service's status, order a top-up and open a ticket through the dialogs, download an invoice
 * PDF. Skipped where Chromium is not installed; CI installs it.
 */
@WholeBotTest
class WebChatBrowserTest {

    private static final Path DOWNLOADS = Chromium.TARGET.resolve("browser-downloads");

    private static ChromeDriver browser;

    @LocalServerPort
    int port;

    @BeforeAll
    static void startChromium() throws IOException {
        browser = Chromium.start(DOWNLOADS);
        try (Stream<Path> old = Files.list(DOWNLOADS)) {
            old.forEach(file -> file.toFile().delete());
        }
    }

    @AfterAll
    static void stopChromium() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void signsInChecksAStatusOpensATicketDownloadsAnInvoiceAndOrdersATopUp(TestInfo test) throws IOException {
        try {
            signIn("anna.admin@nordkust.se", "connect-demo");

            send("status");
            pickFirstOption(lastBotMessage());
            WebElement status = waitForBotMessage(m -> !m.findElements(By.cssSelector("dl.block-fields")).isEmpty());
            assertThat(status.findElements(By.cssSelector("dl.block-fields dt")).stream().map(WebElement::getText))
                    .contains("Status");

            send("ärende");
            fillInTheTicketForm("Felanmälan / support", "Normal", "Långsamt bredband", "Hastigheten är låg sedan i morse.");
            assertThat(followDialog()).contains("Ärendet är skapat med nummer");

            send("fakturor");
            WebElement invoices = waitForBotMessage(m -> !m.findElements(By.cssSelector("table.block-table")).isEmpty());
            invoices.findElement(By.cssSelector("table.block-table tbody tr button")).click();
            WebElement file = waitForBotMessage(m -> !m.findElements(By.cssSelector(".block-attachment a")).isEmpty())
                    .findElement(By.cssSelector(".block-attachment a"));
            String fileName = file.getAttribute("download");
            assertThat(fileName).matches("faktura-.+\\.pdf");
            Path pdf = waitForDownload(fileName); // one click: the row's button, not the link too
            assertThat(Files.readAllBytes(pdf)).startsWith("%PDF".getBytes());
            assertThat((Boolean) ((JavascriptExecutor) browser).executeScript(
                    "return document.documentElement.scrollHeight <= window.innerHeight"))
                    .as("the conversation scrolls inside its log; the page itself does not").isTrue();

            tablesKeepTheirWordsWhole(1280, "desktop");
            tablesKeepTheirWordsWhole(400, "narrow");
            assertThat(sidewaysOverflow()).as("nothing scrolls sideways at 400 px but a table inside its frame").isEmpty();
            send("hjälp");
            assertThat(shownFromItsTop(lastBotMessage())).as("a long reply is shown from its top").isTrue();
            browser.manage().window().setSize(new Dimension(1280, 900));

            clickQuickCommand("fyll på");
            String question = lastBotMessage().getText();
            int shown = botMessages().size();
            browser.navigate().refresh();
            waitUntil(() -> browser.findElement(By.id("chat")).isDisplayed() && botMessages().size() == shown);
            assertThat(lastBotMessage().getText()).as("after a reload the open dialog's question is on screen").isEqualTo(question);
            assertThat(followDialog()).contains("Påfyllningen är beställd med ordernummer");

            browser.findElement(By.cssSelector(".lang[data-locale=en]")).click();
            waitUntil(() -> "en".equals(browser.findElement(By.tagName("html")).getAttribute("lang")));
            assertThat(browser.findElement(By.id("sign-out")).getText()).isEqualTo("Sign out");
            assertThat(browser.findElements(By.cssSelector("#log .sender")).stream().map(WebElement::getText))
                    .as("the page's own words in the conversation follow the switch").containsOnly("YOU", "CONNECT BOT");
            assertThat(browser.findElements(By.cssSelector("#log .paging-status")).stream().map(WebElement::getText))
                    .allSatisfy(paging -> assertThat(paging).startsWith("Page "));
            clickQuickCommand("overview");
            assertThat(lastBotMessage().getText()).as("the quick buttons work in English").contains("Overview for");
            send("help");
            assertThat(lastBotMessage().getText()).contains("CONNECT BOT");
            send("språk svenska");
            waitUntil(() -> "sv".equals(browser.findElement(By.tagName("html")).getAttribute("lang")));
            assertThat(browser.findElement(By.id("sign-out")).getText()).as("the page follows the chat's language command")
                    .isEqualTo("Logga ut");
            screenshot(test.getTestMethod().orElseThrow().getName());

            // "Logga ut" ends the portal session too: the next sign-in in this browser asks for the password
            browser.findElement(By.id("sign-out")).click();
            waitUntil(() -> browser.getCurrentUrl().startsWith("http://localhost:" + port + "/")
                    && browser.findElement(By.id("welcome")).isDisplayed());
            browser.findElement(By.id("sign-in")).click();
            waitUntil(() -> !browser.findElements(By.id("password")).isEmpty());

            // A chat user of another platform lands on the callback's own page (here: a stale link).
            browser.get("http://localhost:" + port + "/oauth/callback?code=x&state=stale");
            assertThat(browser.findElement(By.tagName("h1")).getText()).isIn("Inloggningen misslyckades", "Sign-in failed");
            screenshot("callback-page");
        } catch (RuntimeException | AssertionError e) {
            screenshot(test.getTestMethod().orElseThrow().getName());
            throw e;
        }
    }

    /** The invoices and tickets lists at this width: no cell's text broken inside a word; screenshots kept. */
    private void tablesKeepTheirWordsWhole(int width, String name) {
        browser.manage().window().setSize(new Dimension(width, 900));
        for (String list : List.of("fakturor", "ärenden")) {
            send(list);
            WebElement table = waitForBotMessage(m -> !m.findElements(By.cssSelector("table.block-table")).isEmpty());
            assertThat(brokenWords(table)).as("words broken inside table cells of %s at %d px", list, width).isEmpty();
            screenshot("tables-" + (list.equals("fakturor") ? "invoices" : "tickets") + "-" + name + "-" + width);
        }
    }

    /** The words of the message's table cells that the browser laid out over more than one line. */
    @SuppressWarnings("unchecked")
    private static List<String> brokenWords(WebElement message) {
        return (List<String>) ((JavascriptExecutor) browser).executeScript("""
                const broken = [];
                arguments[0].querySelectorAll('table.block-table td, table.block-table th').forEach((cell) => {
                  const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
                  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
                    for (const word of node.data.matchAll(/\\S+/g)) {
                      const range = document.createRange();
                      range.setStart(node, word.index);
                      range.setEnd(node, word.index + word[0].length);
                      const lines = new Set(Array.from(range.getClientRects()).map((r) => Math.round(r.top)));
                      if (lines.size > 1) broken.push(word[0]);
                    }
                  }
                });
                return broken;""", message);
    }

    private void signIn(String username, String password) {
        browser.get("http://localhost:" + port + "/");
        waitUntil(() -> browser.findElement(By.id("welcome")).isDisplayed());
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("sv");
        browser.findElement(By.id("sign-in")).click();
        waitUntil(() -> !browser.findElements(By.id("password")).isEmpty());
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(password);
        browser.findElement(By.cssSelector("form button[type=submit]")).click();
        waitUntil(() -> browser.getCurrentUrl().startsWith("http://localhost:" + port + "/")
                && browser.findElement(By.id("chat")).isDisplayed());
        assertThat(browser.findElement(By.id("who-name")).getText()).isEqualTo("Anna Lindqvist");
        assertThat(browser.findElement(By.id("notice")).getAttribute("class")).contains("is-success");
        assertThat(browser.findElement(By.id("notice")).getText()).startsWith("Du är inloggad som Anna Lindqvist.");
        waitUntil(() -> !browser.findElement(By.id("notice")).isDisplayed()); // the good news goes by itself
    }

    /**
     * The elements that make the page, or its conversation, scroll sideways; a table's own frame
     * may. Amounts in tables and fields that the browser laid out over two lines count too.
     */
    @SuppressWarnings("unchecked")
    private static List<String> sidewaysOverflow() {
        return (List<String>) ((JavascriptExecutor) browser).executeScript("""
                const found = [];
                const root = document.documentElement;
                if (root.scrollWidth > root.clientWidth) found.push('page ' + root.scrollWidth + ' > ' + root.clientWidth);
                ['main', '#log', '#chat', '.composer-area'].forEach((selector) => {
                  const node = document.querySelector(selector);
                  if (node && node.scrollWidth > node.clientWidth + 1) found.push(selector + ' ' + node.scrollWidth + ' > ' + node.clientWidth);
                });
                // what sticks out, innermost first, so a failure names its cause
                const right = document.getElementById('log').getBoundingClientRect().right;
                Array.from(document.querySelectorAll('#log *')).filter((node) => !node.closest('.table-wrap'))
                  .filter((node) => node.getBoundingClientRect().right > right + 1).reverse().slice(0, 3)
                  .forEach((node) => found.push('sticks out: ' + node.tagName.toLowerCase() + '.' + node.className));
                document.querySelectorAll('#log td, #log dd, #log .block-text').forEach((cell) => {
                  const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
                  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
                    for (const amount of node.data.matchAll(/\\d{1,3}(?:[ \\u00a0]\\d{3})*(?:,\\d\\d)?[ \\u00a0]kr/g)) {
                      const range = document.createRange();
                      range.setStart(node, amount.index);
                      range.setEnd(node, amount.index + amount[0].length);
                      const lines = new Set(Array.from(range.getClientRects()).map((r) => Math.round(r.top)));
                      if (lines.size > 1) found.push('amount wrapped: ' + amount[0]);
                    }
                  }
                });
                return found;""");
    }

    /** Whether the conversation shows the message from its top (when it is taller than the log) or whole. */
    private static boolean shownFromItsTop(WebElement message) {
        return (Boolean) ((JavascriptExecutor) browser).executeScript("""
                const item = arguments[0], log = document.getElementById('log');
                const top = item.getBoundingClientRect().top - log.getBoundingClientRect().top;
                return item.offsetHeight > log.clientHeight ? top >= -1 && top <= 40 : top >= -1;""", message);
    }

    private void send(String text) {
        int before = botMessages().size();
        WebElement composer = browser.findElement(By.id("composer-text"));
        composer.sendKeys(text);
        composer.sendKeys(Keys.ENTER);
        waitUntil(() -> botMessages().size() > before);
    }

    private void clickQuickCommand(String command) {
        int before = botMessages().size();
        browser.findElements(By.cssSelector("#quick button")).stream()
                .filter(b -> b.getText().equals(command)).findFirst()
                .orElseThrow(() -> new AssertionError("no quick command " + command)).click();
        waitUntil(() -> botMessages().size() > before);
    }

    /**
     * Answers each step as a person in a hurry would: the option the bot marks primary (or the
     * first), and a short text where it asks for one, until it says the task is done.
     *
     * @return the text of the success message
     */
    private String followDialog() {
        for (int turn = 0; turn < 12; turn++) {
            WebElement message = lastBotMessage();
            Optional<WebElement> success = message.findElements(By.cssSelector(".tone-success")).stream().findFirst();
            if (success.isPresent()) {
                return success.get().getText();
            }
            List<WebElement> choiceBlocks = message.findElements(By.cssSelector(".block-choices"));
            if (choiceBlocks.size() >= 2) {
                pickFirstOption(message);
            } else {
                send("Testärende från webbchatten");
            }
        }
        throw new AssertionError("the dialog did not finish: " + lastBotMessage().getText());
    }

    /** Switches the dialog to its form ("Fyll i som formulär") and submits it. */
    private void fillInTheTicketForm(String category, String priority, String title, String message) {
        int before = botMessages().size();
        lastBotMessage().findElements(By.cssSelector(".block-choices button")).stream()
                .filter(b -> b.getText().equals("Fyll i som formulär")).findFirst()
                .orElseThrow(() -> new AssertionError("no form button in " + lastBotMessage().getText())).click();
        waitUntil(() -> botMessages().size() > before);
        WebElement form = waitForBotMessage(m -> !m.findElements(By.cssSelector("form.bot-form")).isEmpty())
                .findElement(By.cssSelector("form.bot-form"));
        new Select(form.findElement(By.name("category"))).selectByVisibleText(category);
        new Select(form.findElement(By.name("priority"))).selectByVisibleText(priority);
        form.findElement(By.name("title")).sendKeys(title);
        form.findElement(By.name("message")).sendKeys(message);
        int beforeSubmit = botMessages().size();
        form.findElement(By.cssSelector("button[type=submit]")).click();
        waitUntil(() -> botMessages().size() > beforeSubmit);
    }

    /** The options are the first choice block of a message; a dialog's back/cancel come last. */
    private void pickFirstOption(WebElement message) {
        int before = botMessages().size();
        WebElement options = message.findElements(By.cssSelector(".block-choices")).get(0);
        List<WebElement> selects = options.findElements(By.tagName("select"));
        if (!selects.isEmpty()) {
            new Select(selects.get(0)).selectByIndex(1);
            options.findElement(By.cssSelector("button")).click();
        } else {
            List<WebElement> buttons = options.findElements(By.cssSelector("button"));
            buttons.stream().filter(b -> b.getAttribute("class").contains("primary")).findFirst()
                    .orElse(buttons.get(0)).click();
        }
        waitUntil(() -> botMessages().size() > before);
    }

    private WebElement waitForBotMessage(java.util.function.Predicate<WebElement> matches) {
        waitUntil(() -> matches.test(lastBotMessage()));
        return lastBotMessage();
    }

    private List<WebElement> botMessages() {
        return browser.findElements(By.cssSelector("#log li.from-bot"));
    }

    private WebElement lastBotMessage() {
        List<WebElement> messages = botMessages();
        return messages.get(messages.size() - 1);
    }

    private Path waitForDownload(String fileName) {
        Path file = DOWNLOADS.resolve(fileName);
        waitUntil(() -> Files.isRegularFile(file) && !Files.exists(DOWNLOADS.resolve(fileName + ".crdownload")));
        return file;
    }

    private static void waitUntil(java.util.function.BooleanSupplier condition) {
        Chromium.waitUntil(browser, condition);
    }

    private static void screenshot(String name) {
        Chromium.screenshot(browser, name);
    }
}
