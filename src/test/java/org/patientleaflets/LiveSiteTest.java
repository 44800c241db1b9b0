package org.patientleaflets;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.patientleaflets.model.BuildResult;
import org.patientleaflets.model.Diagnostic;

/** A preview's builds read and render again only what an edit changed, and show the same site as a full build. */
class LiveSiteTest {

    @TempDir
    Path folder;

    @Test
    void anEditedTextRendersAgainOnlyThePagesItChanges() {
        TestProject project = withTwoLeaflets();
        LiveSite site = new LiveSite(project.config());
        BuildResult first = site.build();
        int allPages = site.pagesRenderedLastBuild();
        project.replace("content/demo/en.md", "The secretary", "Ask the nurse at the desk, or the secretary");

        BuildResult second = site.build();

        assertThat(first.published()).isTrue();
        assertThat(allPages).isEqualTo(first.pagesWritten());
        assertThat(second.published()).isTrue();
        assertThat(second.pagesWritten()).isEqualTo(first.pagesWritten());
        // The leaflet's page alone: the English index names the list of its search index's parts, not the part
        // that now holds the new words.
        assertThat(site.pagesRenderedLastBuild()).isEqualTo(1);
        assertThat(project.read("target/leaflets/preview/en/demo/index.html")).contains("Ask the nurse at the desk");
        assertThat(project.read("target/leaflets/preview/en/demo-copy/index.html"))
                .doesNotContain("Ask the nurse at the desk");
    }

    @Test
    void theFeedKeptWhileEditsLeaveItsEntriesAloneShowsANewSummary() {
        TestProject project = withTwoLeaflets();
        LiveSite site = new LiveSite(project.config());
        site.build();
        project.replace("content/demo/en.md", "The secretary", "Ask the nurse at the desk, or the secretary");
        site.build();
        String feed = project.read("target/leaflets/preview/en/feed.xml");
        project.replace(
                "content/demo/en.md",
                "summary: A test that shows the arteries of the heart.",
                "summary: An X-ray test of the arteries that feed the heart.");

        site.build();

        assertThat(feed).contains("A test that shows the arteries of the heart.");
        assertThat(project.read("target/leaflets/preview/en/feed.xml"))
                .contains("An X-ray test of the arteries that feed the heart.")
                // demo-copy's entry
                .containsOnlyOnce("A test that shows the arteries of the heart.");
    }

    @Test
    void anEditToATextUntouchedForLongIsSeen() throws IOException {
        TestProject project = withTwoLeaflets();
        try (Stream<Path> files = Files.walk(project.directory().resolve("content"))) {
            FileTime anHourAgo = FileTime.from(Instant.now().minus(Duration.ofHours(1)));
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.setLastModifiedTime(file, anHourAgo);
            }
        }
        LiveSite site = new LiveSite(project.config());
        site.build();
        site.build();
        project.replace("content/demo/en.md", "The secretary", "Ask the nurse at the desk, or the secretary");

        site.build();

        assertThat(project.read("target/leaflets/preview/en/demo/index.html")).contains("Ask the nurse at the desk");
        // The edited leaflet's pages and histories in both languages; not the other leaflet's, nor an index.
        assertThat(site.pagesRenderedLastBuild()).isEqualTo(4);
    }

    @Test
    void aChangedGlossaryDefinitionShowsOnThePagesThatUseTheTerm() {
        TestProject project = withTwoLeaflets()
                .write("content/glossary.en.yaml", "secretary: the person at the desk who books appointments\n");
        LiveSite site = new LiveSite(project.config());
        site.build();
        project.write("content/glossary.en.yaml", "secretary: the person at the desk who answers the phone\n");

        site.build();

        assertThat(project.read("target/leaflets/preview/en/demo/index.html"))
                .contains("who answers the phone")
                .doesNotContain("who books appointments");
    }

    @Test
    void aTextRewrittenInTheSameTickOfTheFileClockKeepingItsSizeIsSeen() throws IOException {
        TestProject project = withTwoLeaflets();
        LiveSite site = new LiveSite(project.config());
        site.build();
        Path text = project.directory().resolve("content/demo/en.md");
        FileTime sameTick = Files.getLastModifiedTime(text);
        project.replace("content/demo/en.md", "The secretary", "The Secretary");
        Files.setLastModifiedTime(text, sameTick);

        site.build();

        assertThat(project.read("target/leaflets/preview/en/demo/index.html")).contains("The Secretary");
    }

    @Test
    void aNewTitleRendersAgainTheIndexesThatListIt() {
        TestProject project = withTwoLeaflets();
        LiveSite site = new LiveSite(project.config());
        site.build();
        project.replace("content/demo-copy/en.md", "title: ", "title: Second ");

        site.build();

        assertThat(project.read("target/leaflets/preview/en/index.html")).contains("Second ");
        assertThat(site.pagesRenderedLastBuild()).isGreaterThan(1);
    }

    @Test
    void theFindingsOfTextsNotReadAgainAreStillTold() {
        TestProject project =
                withTwoLeaflets().replace("content/demo-copy/fr.md", "review-by: 2027-01-15", "review-by: 2026-06-01");
        LiveSite site = new LiveSite(project.config());
        BuildResult first = site.build();
        project.replace("content/demo/en.md", "The secretary", "The Secretary");

        BuildResult second = site.build();

        assertThat(first.diagnostics()).extracting(Diagnostic::ruleId).contains("review-expired");
        assertThat(second.diagnostics()).isEqualTo(first.diagnostics());
    }

    @Test
    void aBuildToldWhichFilesChangedReadsAgainOnlyTheLeafletsHoldingThem() {
        TestProject project = withTwoLeaflets();
        LiveSite site = new LiveSite(project.config());
        site.build();
        project.replace("content/demo/en.md", "The secretary", "Ask the nurse at the desk, or the secretary")
                .replace("content/demo-copy/en.md", "The secretary", "Ask the porter, or the secretary");

        site.build(Optional.of(Set.of(project.directory().resolve("content/demo/en.md"))));
        String told = project.read("target/leaflets/preview/en/demo/index.html");
        String untold = project.read("target/leaflets/preview/en/demo-copy/index.html");
        site.build();

        assertThat(told).contains("Ask the nurse at the desk");
        assertThat(untold).doesNotContain("Ask the porter");
        // Not told what changed: every file is looked at.
        assertThat(project.read("target/leaflets/preview/en/demo-copy/index.html"))
                .contains("Ask the porter");
    }

    @Test
    void aLeafletWithATextThatIsALinkIsReadAgainWhateverTheBuildIsToldOf() throws IOException {
        TestProject project = withTwoLeaflets();
        Path copy = project.directory().resolve("content/demo-copy/en.md");
        Files.delete(copy);
        Files.createSymbolicLink(copy, Path.of("../demo/en.md"));
        LiveSite site = new LiveSite(project.config());
        site.build();
        project.replace("content/demo/en.md", "The secretary", "Ask the nurse at the desk, or the secretary");

        // A watcher sees the change where the link leads, not in the folder that holds the link.
        site.build(Optional.of(Set.of(project.directory().resolve("content/demo/en.md"))));

        assertThat(project.read("target/leaflets/preview/en/demo-copy/index.html"))
                .contains("Ask the nurse at the desk");
    }

    @Test
    void anEditedLeafletIsCheckedAgainWhileTheFindingsOfTheOthersAreKept() {
        TestProject project =
                withTwoLeaflets().replace("content/demo-copy/fr.md", "review-by: 2027-01-15", "review-by: 2026-06-01");
        LiveSite site = new LiveSite(project.config());
        site.build();
        project.replace("content/demo-copy/fr.md", "review-by: 2026-06-01", "review-by: 2027-01-15")
                .replace("content/demo/fr.md", "review-by: 2027-01-15", "review-by: 2026-06-01");

        BuildResult second = site.build();

        assertThat(second.diagnostics())
                .filteredOn(diagnostic -> diagnostic.ruleId().equals("review-expired"))
                .extracting(diagnostic -> diagnostic.position().path())
                .containsExactly("content/demo/fr.md");
    }

    @Test
    void aLinkToALeafletThatWentAwayIsFoundAlthoughTheLinkingTextIsUnchanged() {
        TestProject project = withTwoLeaflets()
                .replace(
                        "content/demo/en.md", "The secretary", "See [the other leaflet](../demo-copy/). The secretary");
        LiveSite site = new LiveSite(project.config());
        BuildResult first = site.build();
        project.delete("content/demo-copy/fr.md").delete("content/demo-copy/en.md");

        BuildResult second = site.build();

        assertThat(first.diagnostics()).extracting(Diagnostic::ruleId).doesNotContain("links");
        assertThat(second.diagnostics())
                .filteredOn(diagnostic -> diagnostic.ruleId().equals("links"))
                .extracting(diagnostic -> diagnostic.position().path())
                .containsExactly("content/demo/en.md");
    }

    @Test
    void aChangedTemplateRendersEveryPageAgain() throws IOException {
        TestProject project = withTwoLeaflets();
        try (InputStream template = LiveSite.class.getResourceAsStream("/org/patientleaflets/theme/history.ftlh")) {
            project.write("templates/history.ftlh", new String(template.readAllBytes(), "UTF-8"));
        }
        LiveSite site = new LiveSite(project.config());
        BuildResult first = site.build();
        project.write(
                "templates/history.ftlh", project.read("templates/history.ftlh") + "<!-- history of the leaflet -->\n");

        site.build();

        assertThat(site.pagesRenderedLastBuild()).isEqualTo(first.pagesWritten());
        assertThat(project.read("target/leaflets/preview/fr/demo/history/index.html"))
                .contains("<!-- history of the leaflet -->");
    }

    @Test
    void afterEditsThePreviewHoldsExactlyTheFilesOfAFullBuildOfTheSameContent() throws IOException {
        TestProject project = withTwoLeaflets().writePng("content/demo/scar.png");
        project.replace("content/demo/en.md", "The secretary", "![The scar](scar.png)\n\nThe secretary");
        LiveSite site = new LiveSite(project.config());
        site.build();
        project.replace("content/demo/fr.md", "Le secrétariat", "Demandez à l'infirmière, ou le secrétariat");
        project.delete("content/demo-copy/fr.md").delete("content/demo-copy/en.md");
        project.writeBytes("content/demo/scar.png", smallerPng());

        site.build();
        project.build();

        assertThat(files(project.config().previewDirectory()))
                .isEqualTo(files(project.config().siteDirectory()))
                .containsKey("fr/demo/index.html")
                .doesNotContainKey("fr/demo-copy/index.html");
        assertThat(project.config().previewDirectory().resolve("fr/demo-copy")).doesNotExist();
    }

    @Test
    void aPreviewWritesOnlyTheFilesAnEditChangesAndLeavesThePublishedSiteAlone() throws IOException {
        TestProject project = withTwoLeaflets();
        LiveSite site = new LiveSite(project.config());
        site.build();
        Path preview = project.config().previewDirectory();
        FileTime untouched = Files.getLastModifiedTime(preview.resolve("en/demo-copy/index.html"));
        FileTime edited = Files.getLastModifiedTime(preview.resolve("en/demo/index.html"));
        project.replace("content/demo/en.md", "The secretary", "Ask the nurse at the desk, or the secretary");

        waitForTheClockToTick();
        site.build();

        assertThat(Files.getLastModifiedTime(preview.resolve("en/demo-copy/index.html")))
                .isEqualTo(untouched);
        assertThat(Files.getLastModifiedTime(preview.resolve("en/demo/index.html")))
                .isNotEqualTo(edited);
        assertThat(project.config().siteDirectory()).doesNotExist();
        assertThat(project.config().outputDirectory().resolve("report.json")).doesNotExist();
    }

    /** Every file under {@code folder}, by its path there, with its bytes (as text, for readable failures). */
    private static Map<String, String> files(Path folder) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(folder.relativize(file).toString(), new String(Files.readAllBytes(file), "ISO-8859-1"));
            }
        }
        return files;
    }

    private static byte[] smallerPng() throws IOException {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(60, 20, BufferedImage.TYPE_INT_RGB), "png", png);
        return png.toByteArray();
    }

    /** File times here have a resolution as coarse as some milliseconds. */
    private static void waitForTheClockToTick() {
        try {
            Thread.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The valid leaflet, and a copy of it under another address. */
    private TestProject withTwoLeaflets() {
        TestProject project = TestProject.copyOf(TestProject.VALID, folder).skipPdf();
        for (String language : new String[] {"fr", "en"}) {
            project.write("content/demo-copy/" + language + ".md", project.read("content/demo/" + language + ".md"));
        }
        return project;
    }
}
