package org.patientleaflets.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.patientleaflets.TestProject;
import org.patientleaflets.pdf.PdfConformance;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/** Every page and PDF says which version a text is, who approved it and when, its review date and sources. */
class DocumentControlTest {

    private static final String SOURCES = "approved-on: 2026-01-10\nsources:\n"
            + "  - {title: Guide de la coronarographie, by: Société savante, date: 2021}\n";

    @TempDir
    Path folder;

    private TestProject withSourcesAndAnEnglishTextAwaitingApproval() {
        return TestProject.copyOf(TestProject.VALID, folder)
                .replace("content/demo/fr.md", "approved-on: 2026-01-10\n", SOURCES)
                .replace("content/demo/en.md", "approved-by: Patient leaflet committee\napproved-on: 2026-01-10\n", "");
    }

    @Test
    void eachPageShowsVersionApprovalReviewDateAndSources() throws IOException {
        TestProject project = withSourcesAndAnEnglishTextAwaitingApproval();
        assertThat(project.build().published()).isTrue();

        Document french = page(project, "fr/demo/index.html");
        assertThat(french.select(".document-control dl > div").eachText())
                .containsExactly(
                        "Version 2",
                        "En vigueur depuis le 15 janvier 2026",
                        "Approuvé par Comité des fiches patients",
                        "Approuvé le 10 janvier 2026",
                        "À revoir avant le 15 janvier 2027",
                        "Rédigé par Service de cardiologie",
                        "Sources Société savante, Guide de la coronarographie (2021)");
        assertThat(french.select(".document-control cite").text()).isEqualTo("Guide de la coronarographie");
        assertThat(french.select(".awaiting-approval")).isEmpty();

        Document english = page(project, "en/demo/index.html");
        assertThat(english.select(".awaiting-approval").text())
                .isEqualTo("This text is awaiting approval: it has not been approved yet.");
        assertThat(english.select(".document-control dl > div").eachText())
                .contains(
                        "Approved by awaiting approval", "Approved on awaiting approval", "Review by 15 January 2027");
    }

    @Test
    void eachPdfShowsTheSameBlockAndStaysPdfUaAndPdfA() throws Exception {
        TestProject project = withSourcesAndAnEnglishTextAwaitingApproval();
        project.build();

        assertThat(text(project, "fr/demo/demo-fr-v2.pdf"))
                .contains("À propos de ce document")
                .contains("Approuvé par Comité des fiches patients")
                .contains("Approuvé le 10 janvier 2026")
                .contains("À revoir avant le 15 janvier 2027")
                .contains("Société savante, Guide de la coronarographie (2021)")
                .doesNotContain("en attente d’approbation");
        assertThat(text(project, "en/demo/demo-en-v2.pdf"))
                .contains("About this document")
                .contains("This text is awaiting approval: it has not been approved yet.")
                .contains("Approved by awaiting approval")
                .contains("Review by 15 January 2027");
        for (String pdf : new String[] {"fr/demo/demo-fr-v2.pdf", "en/demo/demo-en-v2.pdf"}) {
            Path file = project.site().resolve(pdf);
            assertThat(PdfConformance.failures(file, PDFAFlavour.PDFUA_1))
                    .as("PDF/UA-1 of %s", pdf)
                    .isEmpty();
            assertThat(PdfConformance.failures(file, PDFAFlavour.PDFA_3_A))
                    .as("PDF/A-3a of %s", pdf)
                    .isEmpty();
        }
    }

    @Test
    void aSiteCanEndEachPrintedLeafletWithAConsentFormInItsLanguage() throws Exception {
        TestProject project = TestProject.copyOf(TestProject.VALID, folder)
                .replace("content/site.yaml", "phoneRegion: BE\n", "phoneRegion: BE\nconsentForm: true\n");
        assertThat(project.build().published()).isTrue();

        assertThat(text(project, "fr/demo/demo-fr-v2.pdf"))
                .contains("Accusé de réception")
                .contains("Fiche La coronarographie (demo) · version 2")
                .contains("Nom et prénom du patient")
                .contains("Signature");
        assertThat(text(project, "en/demo/demo-en-v2.pdf"))
                .contains("Acknowledgement of receipt")
                .contains("Leaflet Coronary angiography (demo) · version 2")
                .contains("Patient’s full name");
        String both = text(project, "fr/demo/demo-fr-en-v2.pdf");
        assertThat(both).contains("Accusé de réception").contains("Acknowledgement of receipt");
        Path file = project.site().resolve("fr/demo/demo-fr-en-v2.pdf");
        assertThat(PdfConformance.failures(file, PDFAFlavour.PDFUA_1)).isEmpty();
        assertThat(PdfConformance.failures(file, PDFAFlavour.PDFA_3_A)).isEmpty();
    }

    @Test
    void aTextCanLeaveOutTheConsentFormTheSiteAsksFor() throws IOException {
        TestProject project = TestProject.copyOf(TestProject.VALID, folder)
                .replace("content/site.yaml", "phoneRegion: BE\n", "phoneRegion: BE\nconsentForm: true\n")
                .replace(
                        "content/demo/en.md",
                        "approved-on: 2026-01-10\n",
                        "approved-on: 2026-01-10\nconsent-form: false\n");
        project.build();

        assertThat(text(project, "en/demo/demo-en-v2.pdf")).doesNotContain("Acknowledgement of receipt");
        assertThat(text(project, "fr/demo/demo-fr-v2.pdf")).contains("Accusé de réception");
    }

    @Test
    void printsNoConsentFormUnlessAsked() throws IOException {
        TestProject project = TestProject.copyOf(TestProject.VALID, folder)
                .replace(
                        "content/demo/fr.md",
                        "approved-on: 2026-01-10\n",
                        "approved-on: 2026-01-10\nconsent-form: true\n");
        project.build();

        assertThat(text(project, "en/demo/demo-en-v2.pdf")).doesNotContain("Acknowledgement of receipt");
        assertThat(text(project, "fr/demo/demo-fr-v2.pdf")).contains("Accusé de réception");
    }

    @Test
    void reportsAConsentFormSettingThatIsNeitherTrueNorFalse() {
        TestProject project = TestProject.copyOf(TestProject.VALID, folder)
                .replace(
                        "content/demo/fr.md",
                        "approved-on: 2026-01-10\n",
                        "approved-on: 2026-01-10\nconsent-form: oui\n");

        assertThat(project.findings())
                .containsExactly(
                        "content/demo/fr.md:11:15: error: 'consent-form' must be true or false, not 'oui' [front-matter]");
    }

    @Test
    void reportsSiteSwitchesThatAreNeitherTrueNorFalse() {
        TestProject project = TestProject.copyOf(TestProject.VALID, folder)
                .replace(
                        "content/site.yaml",
                        "phoneRegion: BE\n",
                        "phoneRegion: BE\nconsentForm: yes\nrequireApproval: always\n");

        assertThat(project.findings())
                .containsExactly(
                        "content/site.yaml:7:14: error: 'consentForm' must be true or false, not 'yes'"
                                + " [site-settings]",
                        "content/site.yaml:8:18: error: 'requireApproval' must be true or false, not 'always'"
                                + " [site-settings]");
    }

    private static String text(TestProject project, String pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(project.site().resolve(pdf).toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            // Lines as the eye reads them: a label that wraps in its column is still one label.
            return stripper.getText(document).replace('\u00A0', ' ').replaceAll("\\s+", " ");
        }
    }

    private static Document page(TestProject project, String page) throws IOException {
        return Jsoup.parse(project.site().resolve(page).toFile(), "UTF-8");
    }
}
