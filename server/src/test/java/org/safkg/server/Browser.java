package org.safkg.server;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven by Selenium, for the browser tests: no network but loopback
 * (every other host name fails to resolve, so a page that needs a CDN breaks), screenshots into
 * server/target/screenshots/, and the axe-core accessibility check (from its webjar) on a page.
 * Skips only on a machine without chromium and chromedriver outside CI; in CI their absence fails.
 */
final class Browser implements AutoCloseable {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SCREENSHOTS = TestServer.ROOT.resolve("server/target/screenshots");
    private static final String AXE = "META-INF/resources/webjars/axe-core/4.6.3/axe.min.js";

    final WebDriver driver;
    final WebDriverWait wait;

    private Browser(WebDriver driver) {
        this.driver = driver;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(30));
    }

    static Browser open() throws IOException {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER);
        String ciEnv = System.getenv("CI");
        boolean ci = ciEnv != null && !ciEnv.isBlank() && !"false".equalsIgnoreCase(ciEnv);
        if (!present) {
            if (ci) fail("CI is set but " + CHROMIUM + " or " + DRIVER + " is missing: run scripts/install-browser.sh first");
            Assumptions.abort("no " + CHROMIUM + " / " + DRIVER + " here (run scripts/install-browser.sh to run this test)");
        }
        Files.createDirectories(SCREENSHOTS);
        Path profile = Files.createTempDirectory(TestServer.ROOT.resolve("server/target"), "chromium-profile-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1400,1000", "--user-data-dir=" + profile,
                // no network but this machine: a page that loads anything from another site fails to
                "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).usingAnyFreePort().build();
        return new Browser(new ChromeDriver(service, options));
    }

    /** Saves what the browser shows as server/target/screenshots/NAME.png. */
    void screenshot(String name) {
        try {
            Path shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
            Files.copy(shot, SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /** The serious and critical accessibility violations axe-core finds on the current page, one line each. */
    @SuppressWarnings("unchecked")
    List<String> seriousViolations() {
        js(axeSource());
        Object result = ((JavascriptExecutor) driver).executeAsyncScript(
                "var done = arguments[arguments.length - 1];"
                        + "axe.run(document, { resultTypes: ['violations'] }).then(function (r) {"
                        + "  done(r.violations.filter(function (v) { return v.impact === 'serious' || v.impact === 'critical'; })"
                        + "    .map(function (v) { return v.impact + ' ' + v.id + ' (' + v.nodes.length + 'x): ' + v.help + ' e.g. '"
                        + "      + v.nodes[0].target.join(' '); }));"
                        + "}).catch(function (e) { done(['axe failed: ' + e]); });");
        return (List<String>) result;
    }

    /** The URLs of everything the current page loaded (from the browser's resource timing). */
    @SuppressWarnings("unchecked")
    List<String> loadedResources() {
        return (List<String>) js("return performance.getEntriesByType('resource').map(function (e) { return e.name; });");
    }

    private static String axeSource() {
        try (InputStream in = Browser.class.getClassLoader().getResourceAsStream(AXE)) {
            if (in == null) throw new IllegalStateException("axe-core webjar missing from the test class path");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
