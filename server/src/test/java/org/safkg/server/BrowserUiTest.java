package org.safkg.server;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real browser (Debian's headless Chromium) opens the Fuseki UI, sees the dataset, opens the
 * who-led competency query from /queries/ in the query editor, runs it and sees a leader in the
 * results table. Skips only on a machine without chromium and chromedriver outside CI; in CI
 * (CI set) scripts/install-browser.sh has installed them, so their absence fails the test.
 */
class BrowserUiTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    /** A leader of the bundled study, as who-led returns it (episode E01). */
    private static final String LEADER = "Four strategic-level managers in Site 5";

    @Test
    void theUiShowsTheDatasetAndRunsWhoLed() throws Exception {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER);
        boolean ci = System.getenv("CI") != null && !System.getenv("CI").isBlank() && !"false".equalsIgnoreCase(System.getenv("CI"));
        if (!present) {
            if (ci) fail("CI is set but " + CHROMIUM + " or " + DRIVER + " is missing: run scripts/install-browser.sh first");
            Assumptions.abort("no " + CHROMIUM + " / " + DRIVER + " here (run scripts/install-browser.sh to run this test)");
        }
        TestServer s = TestServer.get();
        Path profile = Files.createTempDirectory(TestServer.ROOT.resolve("server/target"), "chromium-profile-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1400,1000", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).usingAnyFreePort().build();
        WebDriver driver = new ChromeDriver(service, options);
        try {
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
            driver.get(s.url("/sparql-ui/"));
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "/safkg-research"));
            assertTrue(driver.findElement(By.tagName("body")).getText().contains("/safkg"), "the UI lists the dataset /safkg");
            var writeLinks = driver.findElements(By.cssSelector("a[href*='/upload'], a[href*='/edit'], a[href*='#/manage']"));
            assertTrue(!writeLinks.isEmpty(), "the UI has its upload/edit/manage links in the page");
            assertTrue(writeLinks.stream().noneMatch(org.openqa.selenium.WebElement::isDisplayed), "but none is shown to a visitor without a login");

            driver.get(s.url("/queries/"));
            driver.findElement(By.id("query-who-led")).click();
            wait.until(ExpectedConditions.urlContains("/dataset/safkg/query"));
            WebDriverWait editor = new WebDriverWait(driver, Duration.ofSeconds(30));
            editor.until(d -> d.findElements(By.cssSelector(".yasqe_queryButton")).size() > 0
                    && String.valueOf(((org.openqa.selenium.JavascriptExecutor) d).executeScript(
                            // CodeMirror renders only the visible lines: read the editor's whole text
                            "var cm = document.querySelector('.CodeMirror'); return cm && cm.CodeMirror ? cm.CodeMirror.getValue() : '';"))
                            .contains("saf:leader"));
            driver.findElement(By.cssSelector(".yasqe_queryButton")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".yasr"), LEADER));
            assertTrue(driver.findElement(By.cssSelector(".yasr table")).getText().contains(LEADER), "the results table shows a leader");
        } finally {
            File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), TestServer.ROOT.resolve("server/target/ui-who-led.png"), StandardCopyOption.REPLACE_EXISTING);
            driver.quit();
        }
    }
}
