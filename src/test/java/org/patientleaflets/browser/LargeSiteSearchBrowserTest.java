package org.patientleaflets.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.patientleaflets.TestProject;

/**
 * A site with more leaflets than one part of the search index holds: the index page loads the parts only
 * when the reader turns to the search box, and the search finds a leaflet whatever part it is in.
 */
class LargeSiteSearchBrowserTest {

    /** Copies of the fixture's leaflet, beside the original: 261 texts in each language. */
    private static final int COPIES = 260;

    private static Path site;
    private static SiteServer server;
    private static ChromeDriver browser;

    @BeforeAll
    static void buildALargeSite(@TempDir Path folder, @TempDir Path profile) {
        TestProject project = TestProject.copyOf(TestProject.VALID, folder).skipPdf();
        String french = project.read("content/demo/fr.md");
        String english = project.read("content/demo/en.md");
        for (int copy = 1; copy <= COPIES; copy++) {
            String slug = String.format("demo-%03d", copy);
            project.write("content/" + slug + "/fr.md", french);
            project.write("content/" + slug + "/en.md", english);
        }
        // A word only the last leaflet holds, in its risks.
        project.replace("content/demo-260/en.md", "A bruise where", "A haematoma where");
        assertThat(project.build().published()).isTrue();
        site = project.site();
        server = new SiteServer(site);
        browser = HeadlessChromium.start(profile);
    }

    /** Each test sees the console errors of its own pages only, not the failed loads another one caused. */
    @BeforeEach
    void forgetEarlierConsoleErrors() {
        HeadlessChromium.consoleErrors(browser);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    void theIndexPartsAreDownloadedOnlyOnceTheReaderTurnsToTheSearchBox() {
        // Served over HTTP: a browser keeps no timing of what it reads from disk.
        browser.get(server.url("en/index.html"));
        new WebDriverWait(browser, Duration.ofSeconds(5))
                .until(shown -> browser.findElement(By.id("search-query")).isDisplayed());

        // Neither the list of the parts nor a part.
        assertThat(requested()).noneMatch(address -> address.contains("/search-"));

        browser.findElement(By.id("search-query")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(loaded -> requested().stream()
                                .filter(address -> address.contains("/assets/search-en-"))
                                .count()
                        == 2);
        assertThat(requested())
                .filteredOn(address -> address.contains("/assets/search-en-"))
                .satisfiesExactly(
                        first -> assertThat(first).contains("/assets/search-en-1."),
                        second -> assertThat(second).contains("/assets/search-en-2."));
    }

    @Test
    void aPartThatCannotBeLoadedLeavesTheFullListAndSaysSo() throws IOException {
        copy(
                "search-parts.js",
                "search-parts-without-a-part.js",
                "search-en-2\\.[0-9a-f]{8}\\.js",
                "search-en-2.missing.js");
        searchFails(
                "index-without-a-part.html",
                "\"\\.\\./en/search-parts\\.js\"",
                "\"../en/search-parts-without-a-part.js\"");

        assertThat(browser.findElements(By.cssSelector("#search-results > li"))).isEmpty();
    }

    @Test
    void aListOfPartsThatCannotBeLoadedLeavesTheFullListAndSaysSo() throws IOException {
        searchFails(
                "index-without-its-parts.html", "\"\\.\\./en/search-parts\\.js\"", "\"../en/search-parts.missing.js\"");

        assertThat(browser.findElements(By.cssSelector("#search-results > li"))).isEmpty();
    }

    @Test
    void anIndexTemplateThatListsNoPartsLeavesTheFullListAndSaysSo() throws IOException {
        searchFails("index-from-an-older-template.html", " data-index=\"[^\"]*\"", "");

        assertThat(HeadlessChromium.consoleErrors(browser)).isEmpty();
    }

    /**
     * Opens a copy of the English index, named {@code copy}, where {@code replaced} (a pattern the page must
     * match) becomes {@code replacement}; searches it, and expects the search to say it could not be loaded
     * while the full list stays.
     */
    private static void searchFails(String copy, String replaced, String replacement) throws IOException {
        Path page = copy("index.html", copy, replaced, replacement);
        browser.get(page.toUri().toString());

        WebElement box = browser.findElement(By.id("search-query"));
        new WebDriverWait(browser, Duration.ofSeconds(5)).until(shown -> box.isDisplayed());
        box.sendKeys("bruise");

        WebElement status = browser.findElement(By.id("search-status"));
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(answered -> status.getText().startsWith("The search could not be loaded"));
        assertThat(browser.findElement(By.id("leaflet-listing")).isDisplayed()).isTrue();
    }

    /** The addresses of what the page has requested so far, in order. */
    @SuppressWarnings("unchecked")
    private static List<String> requested() {
        return (List<String>)
                browser.executeScript("return performance.getEntriesByType('resource').map(e => e.name);");
    }

    @Test
    void findsALeafletInTheLastPartOfTheIndex() {
        browser.get(site.resolve("en/index.html").toUri().toString());

        List<WebElement> results = search("haematoma");

        assertThat(results).singleElement().satisfies(result -> assertThat(
                        result.findElement(By.tagName("a")).getAttribute("href"))
                .endsWith("/en/demo-260/index.html"));
        assertThat(HeadlessChromium.consoleErrors(browser)).isEmpty();
    }

    @Test
    void anIndexTemplateThatNamesThePartsThemselvesStillFindsALeafletInTheLastPart() throws IOException {
        String parts = Files.readString(site.resolve("en/search-parts.js"));
        List<String> named = Pattern.compile("\\.\\./assets/search-en-\\d\\.[0-9a-f]{8}\\.js")
                .matcher(parts)
                .results()
                .map(MatchResult::group)
                .toList();
        assertThat(named).hasSize(2);
        Path page = copy(
                "index.html",
                "index-naming-the-parts.html",
                "\"\\.\\./en/search-parts\\.js\"",
                '"' + String.join(" ", named) + '"');
        browser.get(page.toUri().toString());

        assertThat(search("haematoma")).singleElement().satisfies(result -> assertThat(
                        result.findElement(By.tagName("a")).getAttribute("href"))
                .endsWith("/en/demo-260/index.html"));
    }

    @Test
    void findsTheLeafletsOfEveryPartInTheSiteOrder() {
        browser.get(site.resolve("en/index.html").toUri().toString());

        List<WebElement> results = search("bruise");

        assertThat(browser.findElement(By.id("search-status")).getText()).isEqualTo("260 leaflets found.");
        List<String> links = results.stream()
                .map(result -> result.findElement(By.tagName("a")).getAttribute("href"))
                .toList();
        assertThat(links.get(0)).endsWith("/en/demo/index.html");
        assertThat(links.get(250)).endsWith("/en/demo-250/index.html");
        assertThat(links.get(259)).endsWith("/en/demo-259/index.html");
    }

    /**
     * Copies the English file {@code file} to {@code copy} beside it, where {@code replaced} (a pattern the file
     * must match) becomes {@code replacement}.
     */
    private static Path copy(String file, String copy, String replaced, String replacement) throws IOException {
        String text = Files.readString(site.resolve("en").resolve(file));
        Matcher found = Pattern.compile(replaced).matcher(text);
        assertThat(found.find()).as(text).isTrue();
        Path copied = site.resolve("en").resolve(copy);
        Files.writeString(copied, text.replace(found.group(), replacement));
        return copied;
    }

    private List<WebElement> search(String words) {
        return HeadlessChromium.search(browser, words);
    }
}
