package org.patientleaflets.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.patientleaflets.TestProject;
import org.patientleaflets.model.BuildResult;
import org.patientleaflets.serve.Preview;
import org.patientleaflets.serve.PreviewListener;

/**
 * The preview in a real browser: a page open on a leaflet follows each save of its text by itself, and shows the
 * findings about it.
 */
class PreviewBrowserTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(20);

    @TempDir
    Path folder;

    @TempDir
    Path profile;

    private TestProject project;
    private Preview preview;
    private ChromeDriver browser;
    private final List<Long> buildTimes = new java.util.concurrent.CopyOnWriteArrayList<>();

    @BeforeEach
    void start() throws IOException {
        project = TestProject.copyOf(TestProject.VALID, folder).skipPdf();
        preview = Preview.start(project.config(), 0, new PreviewListener() {
            @Override
            public void built(BuildResult result, int renderedAnew, Duration took) {
                buildTimes.add(took.toMillis());
            }

            @Override
            public void ranOutOfMemory(OutOfMemoryError error) {
                throw new AssertionError(error);
            }

            @Override
            public void failed(RuntimeException fault) {
                throw new AssertionError(fault);
            }
        });
        browser = HeadlessChromium.start(profile);
    }

    @AfterEach
    void stop() throws IOException {
        try {
            if (browser != null) {
                browser.quit();
            }
        } finally {
            preview.close();
        }
    }

    @Test
    void anOpenPageShowsEachSavedEditByItself() {
        browser.get(preview.address() + "fr/demo/");
        List<Long> latencies = new ArrayList<>();
        String previous = "Un examen qui montre les artères du cœur.\n\n##";

        // Words, not figures, which the English text would have to give too.
        for (String edit : List.of(
                "premier",
                "deuxième",
                "troisième",
                "quatrième",
                "cinquième",
                "sixième",
                "septième",
                "huitième",
                "neuvième",
                "dixième")) {
            String text = "Un examen des artères, " + edit + " essai.";
            markThePageAsNotReloaded();
            // The browser's clock is the machine's: the reloaded page's own timing says when it was ready.
            long saved = System.currentTimeMillis();
            project.replace("content/demo/fr.md", previous, text + "\n\n##");
            previous = text + "\n\n##";

            awaitReloadShowing(text);
            double ready = ((Number) browser.executeScript("return performance.timeOrigin"
                            + " + performance.getEntriesByType('navigation')[0].domContentLoadedEventEnd;"))
                    .doubleValue();
            latencies.add(Math.round(ready) - saved);
        }

        assertThat(HeadlessChromium.consoleErrors(browser)).as("console errors").isEmpty();
        System.out.println(
                "From each save to the reloaded page ready (DOMContentLoaded), ms: " + latencies + "; median "
                        + latencies.stream().sorted().toList().get(latencies.size() / 2) + "; builds, ms: "
                        + buildTimes.subList(1, buildTimes.size()));
    }

    @Test
    void anOpenPageShowsTheFindingsAboutItsTextAndTheErrorsThatStopTheBuild() {
        browser.get(preview.address() + "en/demo/");
        assertThat(browser.findElements(By.cssSelector(".leaflet-preview-findings")))
                .isEmpty();

        markThePageAsNotReloaded();
        project.replace("content/demo/en.md", "specialty: Cardiology\n", "specialty: Cardiology\ncolour: red\n");
        awaitReloadShowing("unknown field 'colour' is ignored");

        assertThat(banner())
                .startsWith("content/demo/en.md:8:1: warning: unknown field 'colour' is ignored")
                .doesNotContain("not published");

        markThePageAsNotReloaded();
        project.replace("content/demo/en.md", "## Who can I contact?", "## Questions?");
        awaitReloadShowing("required section 'contact' is missing");

        assertThat(banner())
                .startsWith("The last change was not published: this page is from the last good build.")
                .contains("content/demo/en.md:1:1: error: required section 'contact' is missing");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Coronary angiography");
        assertThat(HeadlessChromium.consoleErrors(browser)).as("console errors").isEmpty();
    }

    private String banner() {
        return browser.findElement(By.cssSelector("aside.leaflet-preview-findings"))
                .getText();
    }

    /** A mark the page loses when it reloads, so that waiting on it proves the page reloaded itself. */
    private void markThePageAsNotReloaded() {
        browser.executeScript("window.notReloaded = true;");
    }

    private void awaitReloadShowing(String text) {
        new WebDriverWait(browser, TIMEOUT, Duration.ofMillis(10)).until(driver -> (Boolean) browser.executeScript(
                "return window.notReloaded === undefined && document.readyState !== 'loading'"
                        + " && document.body.innerText.includes(arguments[0]);",
                text));
    }
}
