package org.patientleaflets.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.patientleaflets.RealSite;

/**
 * The real content's site in a real browser, served from a sub-path on this machine: every page loads cleanly,
 * passes axe, fits a phone, and the language switch and the search work as a reader uses them.
 */
class PublishedSiteBrowserTest {

    private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    private static final Path SCREENSHOTS = Path.of("target/browser-screenshots");

    private static Path site;
    private static List<String> pages;
    private static SiteServer server;
    private static ChromeDriver browser;

    @BeforeAll
    static void serveTheRealSite(@TempDir Path profile) throws IOException {
        site = RealSite.build("browser");
        pages = RealSite.pages(site);
        server = new SiteServer(site);
        browser = HeadlessChromium.start(profile);
        Files.createDirectories(SCREENSHOTS);
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

    @BeforeEach
    void desktopWidthAndEmptyConsole() {
        HeadlessChromium.viewport(browser, 1280);
        HeadlessChromium.consoleErrors(browser);
    }

    @AfterEach
    void theServerWasAskedNothingItCouldNotServe() {
        assertThat(server.takeFailedRequests())
                .as("requests the server could not serve")
                .isEmpty();
    }

    static Stream<Arguments> everyPageAtEachWidth() {
        return pages.stream().flatMap(page -> Stream.of(320, 390, 1280).map(width -> Arguments.of(page, width)));
    }

    @ParameterizedTest(name = "{0} at {1} px")
    @MethodSource("everyPageAtEachWidth")
    void loadsWithoutErrorPassesAxeAndFitsTheScreen(String page, int width) throws IOException {
        HeadlessChromium.viewport(browser, width);
        browser.get(server.url(page));

        assertThat(HeadlessChromium.consoleErrors(browser)).as("console errors").isEmpty();
        assertThat(failedOrForeignRequests())
                .as("requests that failed or left the site")
                .isEmpty();
        Results axe = new AxeBuilder().withTags(WCAG_21_AA).analyze(browser);
        assertThat(axe.getViolations().stream().map(PublishedSiteBrowserTest::describe))
                .as("axe violations")
                .isEmpty();
        assertThat((Boolean) browser.executeScript("return document.documentElement.scrollWidth <= window.innerWidth;"))
                .as("no sideways scrolling (WCAG 1.4.10)")
                .isTrue();
        screenshot(page.replace(".html", "").replace('/', '_') + "-" + width);
    }

    @Test
    void theFirstTabShowsTheSkipLinkWhichLeadsToTheMainContent() {
        browser.get(server.url("en/mitraclip/index.html"));

        browser.findElement(By.tagName("body")).sendKeys(Keys.TAB);
        WebElement skip = browser.switchTo().activeElement();

        assertThat(skip.getDomAttribute("class")).isEqualTo("skip-link");
        assertThat((Boolean) browser.executeScript(
                        "const box = arguments[0].getBoundingClientRect();"
                                + " return box.left >= 0 && box.top >= 0 && box.right <= window.innerWidth;",
                        skip))
                .as("the focused skip link is on screen")
                .isTrue();
        assertThat(skip.getCssValue("outline-style"))
                .as("a visible focus outline")
                .isEqualTo("solid");
        skip.sendKeys(Keys.ENTER);
        assertThat(browser.getCurrentUrl()).endsWith("#main");
    }

    @Test
    void theLanguageSwitchLeadsToTheSameLeafletAndBack() {
        browser.get(server.url("fr/mitraclip/index.html"));

        browser.findElement(By.cssSelector("nav.language-switch a[hreflang=en]"))
                .click();
        assertThat(browser.getCurrentUrl()).isEqualTo(server.url("en/mitraclip/index.html"));
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");

        browser.findElement(By.cssSelector("nav.language-switch a[hreflang=fr]"))
                .click();
        assertThat(browser.getCurrentUrl()).isEqualTo(server.url("fr/mitraclip/index.html"));
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("fr");
    }

    @Test
    void searchFindsALeafletByAWordOnlyInItsRisksSection() throws IOException {
        HeadlessChromium.viewport(browser, 390);
        browser.get(server.url("fr/index.html"));

        // Typed without its accent, as a reader on a phone might.
        List<WebElement> results = search("pericarde");

        assertThat(browser.findElement(By.id("search-status")).getText()).isEqualTo("1 fiche trouvée.");
        assertThat(results).singleElement().satisfies(result -> {
            assertThat(result.findElement(By.tagName("a")).getText()).startsWith("Le clip mitral");
            // The text as written, French spaces included, which WebDriver's getText() would fold.
            assertThat(result.findElement(By.className("meta")).getDomProperty("textContent"))
                    .isEqualTo("Trouvé dans\u00A0: Quels sont les risques\u202F?");
        });
        screenshot("fr_index-search-390");
        results.get(0).findElement(By.tagName("a")).click();
        assertThat(browser.getCurrentUrl()).isEqualTo(server.url("fr/mitraclip/index.html"));
    }

    @Test
    void searchWorksOnAPageOpenedFromDisk() {
        browser.get(site.resolve("en/index.html").toUri().toString());

        List<WebElement> results = search("pericardium");

        assertThat(results).singleElement().satisfies(result -> assertThat(
                        result.findElement(By.tagName("a")).getText())
                .startsWith("The mitral clip"));
        assertThat(HeadlessChromium.consoleErrors(browser)).isEmpty();
    }

    @Test
    void withoutAMatchTheSearchSaysSoSubmitsNothingAndTheFullListComesBackWhenCleared() {
        browser.get(server.url("en/index.html"));

        search("xylophone");
        assertThat(browser.findElement(By.id("search-status")).getText()).isEqualTo("No leaflet contains these words.");
        assertThat(browser.findElement(By.id("leaflet-listing")).isDisplayed()).isFalse();
        // Enter must not submit the form, which the page's policy (form-action 'none') would block.
        browser.findElement(By.id("search-query")).sendKeys(Keys.ENTER);
        assertThat(browser.getCurrentUrl()).isEqualTo(server.url("en/index.html"));
        assertThat(HeadlessChromium.consoleErrors(browser)).isEmpty();

        browser.findElement(By.id("search-query")).clear();
        browser.findElement(By.id("search-query")).sendKeys(" ");
        assertThat(browser.findElement(By.id("leaflet-listing")).isDisplayed()).isTrue();
    }

    @Test
    void everyLinkLeadsToAPageOfTheSiteUnderItsSubPath() throws IOException, InterruptedException {
        TreeSet<String> targets = new TreeSet<>();
        for (String page : pages) {
            browser.get(server.url(page));
            @SuppressWarnings("unchecked")
            List<String> links = (List<String>) browser.executeScript(
                    "return Array.from(document.querySelectorAll('a[href], link[href]'), a => a.href);");
            links.stream()
                    .filter(link -> !link.startsWith("tel:") && !link.startsWith("mailto:"))
                    .map(link -> link.replaceFirst("#.*", ""))
                    .forEach(targets::add);
        }

        assertThat(targets).allSatisfy(target -> assertThat(target).startsWith(server.url("")));
        HttpClient http = HttpClient.newHttpClient();
        for (String target : targets) {
            HttpResponse<Void> response = http.send(
                    HttpRequest.newBuilder(URI.create(target)).build(), HttpResponse.BodyHandlers.discarding());
            assertThat(response.statusCode()).as(target).isEqualTo(200);
        }
        assertThat(targets).contains(server.url("fr/mitraclip/index.html"), server.url("en/index.html"));
    }

    /** A picture of the page for a person to look at, in {@code target/browser-screenshots/}. */
    private static void screenshot(String name) throws IOException {
        Files.write(SCREENSHOTS.resolve(name + ".png"), HeadlessChromium.fullPageScreenshot(browser));
    }

    private List<WebElement> search(String words) {
        return HeadlessChromium.search(browser, words);
    }

    @SuppressWarnings("unchecked")
    private List<String> failedOrForeignRequests() {
        return (List<String>) browser.executeScript(
                "return performance.getEntriesByType('navigation').concat(performance.getEntriesByType('resource'))"
                        + ".filter(e => e.responseStatus >= 400 || !e.name.startsWith(location.origin))"
                        + ".map(e => e.name + ' ' + e.responseStatus);");
    }

    private static String describe(Rule violation) {
        return violation.getId() + " (" + violation.getImpact() + "): " + violation.getHelp() + " at "
                + violation.getNodes().stream()
                        .map(node -> String.valueOf(node.getTarget()))
                        .toList();
    }
}
