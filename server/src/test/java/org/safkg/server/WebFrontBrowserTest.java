package org.safkg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The researchers' web front in a real browser, by clicks only from the home page: (a) the Site 3
 * leadership question answered through its form, (b) an episode, its leader, and an excerpt whose
 * quote a logged-in researcher sees and an anonymous visitor does not, (c) the ontology's section on
 * saf:LeadershipEpisode, (d) the Site 3 network, where clicking a node opens its page. Every page
 * passes axe-core with no serious or critical violation and loads nothing from another host; each
 * step's screenshot is in server/target/screenshots/.
 */
@Tag("slow")
class WebFrontBrowserTest {
    private static final String EPISODE_E05 = "https://w3id.org/safkg/study/vanguard-2022/episode/E05";
    private static TestServer server;
    private static Browser anonymous;

    @BeforeAll
    static void start() throws IOException {
        server = TestServer.get();
        anonymous = Browser.open();
    }

    @AfterAll
    static void stop() {
        if (anonymous != null) anonymous.close();
    }

    @Test
    void aTheSite3QuestionAnsweredThroughItsForm() throws IOException {
        Browser b = anonymous;
        b.driver.get(server.url("/"));
        page(b, "a1-home");
        click(b, By.id("home-questions"), "a2-questions");
        click(b, By.id("question-site-leadership"), "a3-site-leadership-form");
        new Select(b.driver.findElement(By.id("param-siteId"))).selectByValue("S3");
        click(b, By.id("run"), "a4-site-leadership-S3");
        List<List<String>> shown = new ArrayList<>();
        for (WebElement tr : b.driver.findElements(By.cssSelector("#answer tbody tr"))) {
            shown.add(tr.findElements(By.tagName("td")).stream().map(WebElement::getText).toList());
        }
        assertEquals(expectedSite3Rows(), shown, "the answer is the Site 3 rows, with labels, without sort keys or language tags");
        String links = String.join(" ", b.driver.findElements(By.cssSelector("#answer a")).stream().map(a -> a.getAttribute("href")).toList());
        assertTrue(links.contains("/study/vanguard-2022/episode/E05"),
                "episodes and leaders link to their pages: " + links);
        String editor = b.driver.findElement(By.id("open-editor")).getAttribute("href");
        assertTrue(editor.startsWith(server.url("/sparql-ui/#/dataset/safkg/query?query=")) && editor.contains("VALUES%20%3FsiteId%20%7B%20%22S3%22%20%7D"),
                "the SPARQL editor link binds the site with VALUES: " + editor);
    }

    @Test
    void bAnEpisodeItsLeaderAndAnExcerptWhoseQuoteOnlyAResearcherSees() throws IOException {
        String quote = TestServer.excerptTexts().get(excerptIndex("Q08"));
        walkToExcerpt(anonymous, "b-anonymous");
        assertTrue(anonymous.driver.findElements(By.id("quote")).isEmpty(), "no quote for an anonymous visitor");
        assertTrue(anonymous.driver.findElement(By.id("quote-restricted")).getText().contains("logged-in researchers only"));
        assertFalse(anonymous.driver.getPageSource().contains(quote.substring(0, 40)), "the quote's words are nowhere in the page");

        try (Browser researcher = Browser.open()) {
            var login = server.login("researcher");
            // the one typed step: the browser's own login prompt, answered through the URL
            researcher.driver.get("http://researcher:" + login.password() + "@127.0.0.1:" + server.server.port() + "/login");
            researcher.wait.until(ExpectedConditions.presenceOfElementLocated(By.className("who")));
            walkToExcerpt(researcher, "b-researcher");
            assertEquals(quote, researcher.driver.findElement(By.id("quote")).getText(), "the researcher reads the quote, exactly");
        }
    }

    @Test
    void cTheOntologySectionOnLeadershipEpisode() throws IOException {
        Browser b = anonymous;
        b.driver.get(server.url("/"));
        page(b, "c1-home");
        click(b, By.id("home-ontology"), "c2-ontology");
        WebElement link = b.driver.findElement(By.cssSelector("#classes .index a[href='#LeadershipEpisode']"));
        link.click();
        b.wait.until(d -> "#LeadershipEpisode".equals(b.js("return location.hash;")));
        b.screenshot("c3-ontology-LeadershipEpisode");
        WebElement section = b.driver.findElement(By.id("LeadershipEpisode"));
        assertTrue(section.getText().contains("saf:LeadershipEpisode"), section.getText());
        assertTrue(section.getText().contains("https://w3id.org/safkg/ontology#LeadershipEpisode"));
        assertTrue((Boolean) b.js("var r = arguments[0].getBoundingClientRect(); return r.top >= -2 && r.top < window.innerHeight;", section),
                "the section is scrolled into view");
    }

    @Test
    void dTheSite3NetworkWhereClickingANodeOpensItsPage() throws IOException {
        Browser b = anonymous;
        b.driver.get(server.url("/"));
        page(b, "d1-home");
        click(b, By.id("home-network"), "d2-networks");
        click(b, By.linkText("Site 3"), "d3-network-site-3-loading");
        WebElement net = b.driver.findElement(By.id("network"));
        b.wait.until(d -> "true".equals(net.getAttribute("data-ready")));
        b.js("arguments[0].scrollIntoView({block: 'center'});", net);
        b.screenshot("d3-network-site-3");
        @SuppressWarnings("unchecked")
        List<Number> at = (List<Number>) b.js("var p = window.safkgNetwork.getElementById(arguments[0]).renderedPosition(); return [p.x, p.y];", EPISODE_E05);
        int dx = (int) Math.round(at.get(0).doubleValue() - net.getSize().getWidth() / 2.0);
        int dy = (int) Math.round(at.get(1).doubleValue() - net.getSize().getHeight() / 2.0);
        new Actions(b.driver).moveToElement(net, dx, dy).click().perform();
        b.wait.until(ExpectedConditions.urlToBe(server.url("/study/vanguard-2022/episode/E05")));
        page(b, "d4-clicked-node-episode-E05");
        assertEquals(TestServer.episodeLabel("E05"), b.driver.findElement(By.id("resource-label")).getText(), "the clicked node's page");
    }

    /** From home, by clicks: the study, its episode E04, its leader S6R08, and S6R08's excerpt Q08. */
    private static void walkToExcerpt(Browser b, String prefix) {
        b.driver.get(server.url("/"));
        page(b, prefix + "1-home");
        click(b, By.cssSelector("a[href='/study/vanguard-2022/']"), prefix + "2-study");
        click(b, By.cssSelector("a[href='/study/vanguard-2022/episode/E04']"), prefix + "3-episode-E04");
        assertEquals("Who led", b.driver.findElement(By.cssSelector("dl.pattern dt")).getText());
        click(b, By.cssSelector("dl.pattern dd a[href='/study/vanguard-2022/actor/S6R08']"), prefix + "4-leader-S6R08");
        assertTrue(b.driver.findElement(By.id("main")).getText().contains("leader of"), "the leader's page lists the episodes they led");
        click(b, By.cssSelector("a[href='/study/vanguard-2022/excerpt/Q08']"), prefix + "5-excerpt-Q08");
    }

    private static void click(Browser b, By what, String screenshot) {
        WebElement e = b.wait.until(ExpectedConditions.elementToBeClickable(what));
        b.js("arguments[0].scrollIntoView({block: 'center'});", e);
        String before = b.driver.getCurrentUrl();
        e.click();
        b.wait.until(d -> !d.getCurrentUrl().equals(before));
        page(b, screenshot);
    }

    /** The checks every page passes: loaded, accessible, nothing from another host; and its screenshot. */
    private static void page(Browser b, String screenshot) {
        b.wait.until(d -> "complete".equals(b.js("return document.readyState;")));
        b.screenshot(screenshot);
        assertEquals(List.of(), b.seriousViolations(), "axe-core on " + b.driver.getCurrentUrl());
        for (String url : b.loadedResources()) {
            assertTrue(url.startsWith(server.base()), "loaded from this server only: " + url);
        }
    }

    private static List<List<String>> expectedSite3Rows() throws IOException {
        List<List<String>> rows = new ArrayList<>();
        try (CSVParser p = CSVParser.parse(TestServer.ROOT.resolve("queries/site-leadership.expected.siteId=S3.csv"), StandardCharsets.UTF_8,
                CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
            for (CSVRecord r : p) {
                rows.add(List.of(r.get("study"), r.get("episode"), r.get("leader"), r.get("aspect").replaceFirst("^\\d+ ", ""), r.get("value")));
            }
        }
        return rows;
    }

    private static int excerptIndex(String id) throws IOException {
        try (CSVParser p = CSVParser.parse(TestServer.ROOT.resolve("data/vanguard-2022/excerpts.csv"), StandardCharsets.UTF_8,
                CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
            int i = 0;
            for (CSVRecord r : p) {
                if (r.get("id").equals(id)) return i;
                i++;
            }
        }
        throw new IllegalStateException("no excerpt " + id);
    }

}
