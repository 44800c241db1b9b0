package org.patientleaflets.site;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.patientleaflets.TestProject;
import org.patientleaflets.report.ReportWriter;

/** A version that adds a risk says so, so that patients given the version before can be told. */
class NewRisksTest {

    @TempDir
    Path folder;

    /**
     * Version 2 published; version 3 adds an allergy in both languages, and says how often the bruise happens
     * in words as well, which does not make the bruise a new risk.
     */
    private TestProject withARiskAddedInVersion3() {
        TestProject project = TestProject.copyOf(TestProject.VALID, folder);
        assertThat(project.publish().frozen()).isNotEmpty();
        return project.replace("content/demo/fr.md", "version: 2", "version: 3")
                .replace("content/demo/fr.md", "date: 2026-01-15", "date: 2026-06-02\nchanges: Ajoute l’allergie.")
                .replace(
                        "content/demo/fr.md",
                        "- Un bleu au point de ponction (2 %).\n",
                        "- Un bleu au point de ponction, fréquent (2 %).\n"
                                + "- Une allergie au produit de contraste (rare) ;\n")
                .replace("content/demo/en.md", "version: 2", "version: 3")
                .replace("content/demo/en.md", "date: 2026-01-15", "date: 2026-06-02\nchanges: Adds the allergy.")
                .replace("content/demo/en.md", "translation-of: 2", "translation-of: 3")
                .replace(
                        "content/demo/en.md",
                        "- A bruise where the tube went in (2%).\n",
                        "- A bruise where the tube went in, common (2%).\n"
                                + "- An allergy to the contrast dye (rare).\n");
    }

    @Test
    void theHistoryPageMarksEachNewRiskInTheVersionThatAddsIt() throws IOException {
        TestProject project = withARiskAddedInVersion3();
        assertThat(project.build().diagnostics()).isEmpty();

        Document french = page(project, "fr/demo/history/index.html");
        assertThat(french.select(".history-list > li").get(0).select(".new-risks li"))
                .extracting(Element::wholeText)
                .containsExactly("nouveau risque\u00A0: Une allergie au produit de contraste (rare)");
        assertThat(french.select(".history-list > li").get(1).select(".new-risks"))
                .isEmpty();
        Document english = page(project, "en/demo/history/index.html");
        assertThat(english.select(".new-risks li").eachText())
                .containsExactly("new risk: An allergy to the contrast dye (rare)");
    }

    @Test
    void theFeedEntryOfTheVersionNamesTheNewRisk() throws IOException {
        TestProject project = withARiskAddedInVersion3();
        project.build();

        Document feed = Jsoup.parse(Files.readString(project.site().resolve("en/feed.xml")), "", Parser.xmlParser());

        assertThat(feed.select("entry > title").eachText())
                .containsExactly("Coronary angiography – 3", "Coronary angiography – 2");
        assertThat(feed.select("entry").get(0).selectFirst("summary").wholeText())
                .isEqualTo("Adds the allergy.\nnew risk: An allergy to the contrast dye (rare)");
        assertThat(feed.select("entry").get(0).select("category").attr("term")).isEqualTo("new-risk");
        assertThat(feed.select("entry").get(1).select("category")).isEmpty();
        Document french = Jsoup.parse(Files.readString(project.site().resolve("fr/feed.xml")), "", Parser.xmlParser());
        assertThat(french.select("entry").get(0).selectFirst("summary").wholeText())
                .isEqualTo("Ajoute l’allergie.\nnouveau risque\u00A0: Une allergie au produit de contraste (rare)");
    }

    @Test
    void theReportListsEachNewRiskAtItsLine() throws IOException {
        TestProject project = withARiskAddedInVersion3();
        project.check();

        JsonNode report = new ObjectMapper()
                .readTree(project.config()
                        .outputDirectory()
                        .resolve(ReportWriter.JSON)
                        .toFile());
        assertThat(report.at("/newRisks")).hasSize(2);
        assertThat(report.at("/newRisks/0/file").asText()).isEqualTo("content/demo/fr.md");
        assertThat(report.at("/newRisks/0/line").asInt()).isEqualTo(21);
        assertThat(report.at("/newRisks/0/version").asInt()).isEqualTo(3);
        assertThat(report.at("/newRisks/0/risk").asText()).isEqualTo("Une allergie au produit de contraste (rare)");
        assertThat(report.at("/newRisks/1/file").asText()).isEqualTo("content/demo/en.md");
        Document page = Jsoup.parse(
                project.config().outputDirectory().resolve(ReportWriter.HTML).toFile(), "UTF-8");
        assertThat(page.select("table:has(caption:contains(Risks a version adds)) tbody tr td")
                        .eachText())
                .contains("content/demo/en.md", "3", "An allergy to the contrast dye (rare)");
    }

    @Test
    void aFirstVersionHasNoNewRisk() throws IOException {
        TestProject project = TestProject.copyOf(TestProject.VALID, folder);
        project.build();

        assertThat(page(project, "fr/demo/history/index.html").select(".new-risks"))
                .isEmpty();
    }

    private static Document page(TestProject project, String page) throws IOException {
        return Jsoup.parse(project.site().resolve(page).toFile(), "UTF-8");
    }
}
