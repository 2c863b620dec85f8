package org.ganclassroom.classmode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The phone page in a real browser (headless Chromium, driven by Selenium): a student joins with the code
 * in the link, answers the question the instructor sent, and sees the reveal. Debian's chromium and
 * chromium-driver are used (.ci/run installs them); where they are missing the test is skipped, saying so.
 */
class PhonePageBrowserTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path DRIVER = Path.of("/usr/bin/chromedriver");

    private ClassSession session;
    private ClassServer server;
    private WebDriver browser;
    private String base;

    @BeforeEach
    void start() {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER),
                "needs Debian's chromium and chromium-driver (apt-get install chromium chromium-driver)");
        session = ClassSession.withCode("ACE777", () -> { });
        server = new ClassServer(session);
        base = "http://127.0.0.1:" + server.start("127.0.0.1", 0);
    }

    /** A phone-sized headless Chromium set to {@code language}. */
    private void openBrowser(String language) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=390,844",
                "--lang=" + language);
        options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", language));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
    }

    @AfterEach
    void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.close();
        }
    }

    private WebDriverWait waitUpTo(int seconds) {
        return new WebDriverWait(browser, Duration.ofSeconds(seconds));
    }

    private String text(String id) {
        return browser.findElement(By.id(id)).getText();
    }

    @Test
    void aStudentJoinsFromTheLinkAnswersAndSeesTheReveal() {
        openBrowser("en-US");
        browser.get(base + "/?code=ACE777");
        assertEquals("ACE777", browser.findElement(By.id("code")).getAttribute("value"), "the link fills the code in");
        String nickname = "<img src=x>Ada"; // markup, within the 24 characters a nickname may have
        browser.findElement(By.id("nickname")).sendKeys(nickname);
        browser.findElement(By.cssSelector("#join-form button")).click();
        waitUpTo(10).until(b -> text("who").equals("You are " + nickname + "."));
        assertTrue(browser.findElements(By.cssSelector("img:not(#picture)")).isEmpty(),
                "a nickname is shown as text, never as markup");
        assertEquals(1, session.students().size());

        session.send(new RoomCheck("01 #1", "G and D cooperate.", List.of("True", "False"), 1, "They are opponents."));
        waitUpTo(10).until(b -> text("prompt").equals("1. G and D cooperate."));
        List<WebElement> choices = browser.findElements(By.cssSelector("#choices button"));
        assertEquals(List.of("True", "False"), choices.stream().map(WebElement::getText).toList());
        choices.get(1).click();
        waitUpTo(10).until(b -> text("status").equals("Answer sent."));
        assertEquals(1, session.tally(1).answered());
        assertEquals(1, session.tally(1).counts()[1]);

        session.reveal();
        waitUpTo(10).until(b -> text("result").equals("✓ Right!")); // the student's own result first
        assertEquals(List.of("True", "✓ False"), browser.findElements(By.cssSelector("#choices button")).stream()
                .map(WebElement::getText).toList(), "the right answer marked, not only coloured");
        assertTrue(text("explanation").startsWith("They are opponents. (100% of the room was right.)"), text("explanation"));

        server.close();
        waitUpTo(10).until(b -> text("status").startsWith("The class has ended"));
    }

    @Test
    void aStudentWhoLostTheirPageAsksTheTeacherAndIsLetBackIn() throws Exception {
        ClassSession.Student ada = session.join("ACE777", "Ada"); // her first phone's page is gone
        openBrowser("en");
        browser.get(base + "/?code=ACE777");
        assertTrue(!browser.findElement(By.id("rejoin")).isDisplayed(), "no offer before a name is refused");
        browser.findElement(By.id("nickname")).sendKeys("Ada");
        browser.findElement(By.cssSelector("#join-form button")).click();
        waitUpTo(10).until(b -> b.findElement(By.id("rejoin")).isDisplayed());
        browser.findElement(By.id("rejoin")).click();
        waitUpTo(10).until(b -> text("status").startsWith("Asked."));
        session.answerRejoin(session.waitingRejoins().get(0).id(), true);
        waitUpTo(10).until(b -> text("who").equals("You are Ada."));
        assertEquals(ada.token(), ((org.openqa.selenium.JavascriptExecutor) browser)
                .executeScript("return localStorage.getItem('gan-classroom-token')"), "she is Ada again, answers and all");
    }

    @Test
    void aPhoneSetToFrenchGetsThePageAndItsRefusalsInFrench() {
        openBrowser("fr");
        browser.get(base + "/");
        assertEquals("Rejoindre", browser.findElement(By.cssSelector("#join-form button")).getText());
        browser.findElement(By.id("code")).sendKeys("ZZZZZZ");
        browser.findElement(By.id("nickname")).sendKeys("Zoé");
        browser.findElement(By.cssSelector("#join-form button")).click();
        waitUpTo(10).until(b -> text("status").equals("Ce n'est pas le code de cette classe."));
        browser.findElement(By.id("code")).clear();
        browser.findElement(By.id("code")).sendKeys("ace777");
        browser.findElement(By.cssSelector("#join-form button")).click();
        waitUpTo(10).until(b -> text("who").equals("Vous êtes Zoé."));
        assertEquals("Zoé", session.students().get(0).nickname());
    }
}
